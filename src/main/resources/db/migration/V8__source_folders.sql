-- The modification time of each folder without subfolders, as the last complete walk read it
-- before listing the folder. With --skip-unchanged-folders a nightly run does not list a folder
-- whose time is unchanged: adding, removing or renaming a file changes its folder's time, editing
-- a file in place does not (the documented trade-off of the option).
CREATE TABLE source_folders (
    folder_id      VARCHAR(16)   NOT NULL PRIMARY KEY,
    source_root    VARCHAR(4000) NOT NULL,
    folder         VARCHAR(4000) NOT NULL,
    include_glob   VARCHAR(1000) NOT NULL,
    modified_nanos BIGINT        NOT NULL
);
