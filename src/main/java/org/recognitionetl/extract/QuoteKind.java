package org.recognitionetl.extract;

public enum QuoteKind { DIRECT, INDIRECT }
