package org.recognitionetl.extract;

public enum EntityKind { STATE, TERRITORY, ORGANIZATION }
