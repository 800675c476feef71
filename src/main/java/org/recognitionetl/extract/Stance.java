package org.recognitionetl.extract;

public enum Stance { RECOGNIZES, DOES_NOT_RECOGNIZE, WITHDRAWS_RECOGNITION, INTENDS_TO_RECOGNIZE }
