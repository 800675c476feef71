package org.recognitionetl.article;
public record ParserSettings(long maxBytes, boolean utf8Fallback) {}
