package org.passerelle.kernel.web;

/**
 * An entry of a form picker's suggestions, as the shared fragment
 * {@code fragments/pickers :: suggestions} shows it: a button of the form whose value is
 * the picker's step followed by {@link #value()}.
 *
 * @param value what picking it sends (an organisation's or a territory's id)
 * @param label its name
 * @param detail a hint to tell it apart (country, territory id), or {@code null}
 */
public record PickerSuggestion(String value, String label, String detail) {
}
