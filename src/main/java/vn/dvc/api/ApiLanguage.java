package vn.dvc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language the API answers in: Vietnamese, or English when {@code Accept-Language} asks for it
 * (any other language gets Vietnamese, the language of the service). Codes, {@code type} URIs and
 * statuses do not depend on it; titles, details, reasons and timeline texts do.
 */
@Configuration(proxyBeanMethods = false)
public class ApiLanguage {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;

  /**
   * The language of the current request; Vietnamese outside a request (a job, a listener), never
   * the JVM's own locale.
   */
  public static Locale current() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    Locale locale = context == null ? null : context.getLocale();
    return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())
        ? ENGLISH
        : VIETNAMESE;
  }

  public static boolean english() {
    return current() == ENGLISH;
  }

  /**
   * Replaces Spring Boot's resolver ({@code spring.web.locale}), which would answer any requested
   * language: ours knows only the two the bundles speak.
   */
  @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(VIETNAMESE, ENGLISH));
    resolver.setDefaultLocale(VIETNAMESE);
    return resolver;
  }

  /**
   * Before Spring Security and the other filters: their refusals (401, 413 of a JSON body) are told
   * in the request's language too, and every answer of the API says which one it is in.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> contentLanguageFilter(LocaleResolver resolver) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            Locale locale = resolver.resolveLocale(request);
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(locale);
            try {
              chain.doFilter(request, response);
            } finally {
              LocaleContextHolder.setLocaleContext(before);
            }
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
