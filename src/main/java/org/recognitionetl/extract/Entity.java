package org.recognitionetl.extract;

/** A state, disputed territory or organisation under its canonical name from the gazetteer. */
public record Entity(String name, EntityKind kind) {
}
