package org.prossima.api.text;

import java.time.Duration;
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
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The service speaks Italian first and English on request: {@code Accept-Language} chooses between the two message
 * catalogues ({@code messages_it.properties}, {@code messages_en.properties}), anything else gets Italian, and every
 * answer says which in {@code Content-Language}.
 */
@Configuration(proxyBeanMethods = false)
class TextConfiguration implements WebMvcConfigurer {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final String LANGUAGE_COOKIE = "prossima-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        // The API's texts, then the screens' words.
        messages.setBasenames("messages", "screens", "screens-placement", "screens-food", "screens-company",
                "screens-board");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(ITALIAN);
        messages.setFallbackToSystemLocale(false);
        // Every message goes through MessageFormat, so a quote means the same with or without arguments
        // (MessageCataloguesTest refuses a lone one: Italian apostrophes are written ’).
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /**
     * The language a browser chose on a screen ({@code ?lang=en}, kept in a cookie for a year) comes first; without
     * one, {@code Accept-Language} between Italian and English; anything else, Italian.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(SUPPORTED);
        header.setDefaultLocale(ITALIAN);
        CookieLocaleResolver chosen = new CookieLocaleResolver(LANGUAGE_COOKIE);
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setCookieSameSite("Lax");
        chosen.setDefaultLocaleFunction(header::resolveLocale);
        return chosen;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor choice = new LocaleChangeInterceptor();
        choice.setParamName("lang");
        choice.setHttpMethods("GET");
        choice.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                String lang = request.getParameter("lang");
                // Only the two languages the service speaks are kept.
                return lang == null || !SUPPORTED.contains(Locale.forLanguageTag(lang))
                        || choice.preHandle(request, response, handler);
            }
        });
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Language", LocaleContextHolder.getLocale().getLanguage());
                return true;
            }
        });
    }
}
