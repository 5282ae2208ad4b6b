package org.prossima.api.text;

import java.util.List;
import java.util.Locale;

import org.prossima.solver.text.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders the texts that models and repositories return (a key and its arguments) in the language of the request
 * being answered, Italian unless it asked for English. A key missing from the catalogues is an error, never a
 * silent fallback: {@code MessageCataloguesTest} keeps both catalogues complete and alike.
 */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text in the current request's language. */
    public String render(Text text) {
        return render(text, language());
    }

    /** The text in {@code locale}'s language (Italian or English). */
    public String render(Text text, Locale locale) {
        if (text.key().equals(Text.LEGACY)) {
            return (String) text.args().get(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? 1 : 0);
        }
        Object[] args = text.args().stream().map(arg -> arg instanceof Text nested ? render(nested, locale) : arg)
                .toArray();
        return messages.getMessage(text.key(), args, locale);
    }

    /** Each text in the current request's language. */
    public List<String> render(List<Text> texts) {
        Locale locale = language();
        return texts.stream().map(t -> render(t, locale)).toList();
    }

    /** The message of {@code key} without arguments, e.g. a label. */
    public String label(String key) {
        return render(Text.of(key));
    }

    /** The language the current request is answered in. */
    public Locale language() {
        return LocaleContextHolder.getLocale();
    }
}
