-- When a file takes an article from the file that kept it (the keeper sorts after it, or went
-- missing), the rejects that named the old keeper are renamed or read again, looked up by their
-- detail ("same URL as <keeper>, ..."). Without an index each look-up read every reject: an archive
-- moved to a new folder, whose 100,000 files each took its article from the file at the old path,
-- spent 858 of its 1,142 s of import scanning a rejects table that grew to 100,000 rows.
CREATE INDEX rejects_detail_ix ON rejects (detail, reason);
