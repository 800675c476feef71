-- The speaker merge runs in a step of its own, committed before the files are written, so that the
-- CSV and SQL files can be written at once by two threads, each reading the committed store. The
-- articles whose quotes or positions the merge pointed at another speaker must then be written
-- again even if the publish dies after the merge: they are kept here, in the merge's transaction,
-- until the publish that wrote them empties the table with the rest of the change log.
CREATE TABLE republish_articles (
    article_id VARCHAR(16) NOT NULL PRIMARY KEY
);
