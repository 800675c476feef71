package org.recognitionetl.article;
public sealed interface ParseOutcome {
    record Parsed(Article article) implements ParseOutcome {}
    record Rejected(RejectReason reason, String detail) implements ParseOutcome {}
}
