package org.prossima.api.error;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every JSON body is checked as it is read, whatever record it goes into: one holding a NUL or a
 * lone surrogate ({@code "\u0000"}, {@code "\uD800"}: valid JSON escapes) is refused with 400 naming its field,
 * instead of reaching PostgreSQL, which refuses it with a 500. One check here rather than one per endpoint.
 */
@Configuration(proxyBeanMethods = false)
class CheckedStrings {

    @Bean
    SimpleModule checkedStringsModule() {
        SimpleModule module = new SimpleModule("prossima-checked-strings");
        module.addDeserializer(String.class, new CheckedStringDeserializer());
        return module;
    }

    /** Jackson's own reading of a string, then the check. */
    static final class CheckedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null) {
                Optional<String> problem = UnsafeText.problem(text);
                if (problem.isPresent()) {
                    // the target type String tells JsonProblems this is the check's, not a type mismatch
                    throw InvalidFormatException.from(parser, problem.get(), null, String.class);
                }
            }
            return text;
        }
    }
}
