package org.prossima.api.text;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The service speaks Italian first and English on request: {@code Accept-Language} chooses between the two message
 * catalogues ({@code messages_it.properties}, {@code messages_en.properties}), anything else gets Italian, and every
 * answer says which in {@code Content-Language}.
 */
@Configuration(proxyBeanMethods = false)
class TextConfiguration implements WebMvcConfigurer {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(ITALIAN);
        messages.setFallbackToSystemLocale(false);
        // Every message goes through MessageFormat, so a quote means the same with or without arguments
        // (MessageCataloguesTest refuses a lone one: Italian apostrophes are written ’).
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(ITALIAN);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Language", LocaleContextHolder.getLocale().getLanguage());
                return true;
            }
        });
    }
}
