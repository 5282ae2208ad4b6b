package org.prossima.api.error;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Error details of the API (problem+json: the field, the value, what is wrong, a hint) are in English, for the
 * developers and scripts that call it, whatever language the request asks its texts in: Bean Validation's own
 * messages ("must be less than or equal to 5") are interpolated in English too, instead of the request's locale.
 */
@Configuration(proxyBeanMethods = false)
class ValidationMessages {

    @Bean
    ValidationConfigurationCustomizer englishValidationMessages() {
        return configuration -> {
            MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
            configuration.messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, Locale.ENGLISH);
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return standard.interpolate(template, context, Locale.ENGLISH);
                }
            });
        };
    }
}
