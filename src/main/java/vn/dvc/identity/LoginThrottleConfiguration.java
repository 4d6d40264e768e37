package vn.dvc.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** One {@link LoginThrottle} for every password check: HTTP Basic and the webapps' login form. */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

  @Bean
  LoginThrottle loginThrottle(LoginThrottleProperties properties) {
    return new LoginThrottle(properties, Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(
      LoginThrottle throttle, ObjectMapper json) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle, json));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    // After Spring's ForwardedHeaderFilter (highest precedence), which sets the client's address.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
