package vn.dvc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies of our controllers are read by {@link StrictJsonMessageConverter}. Only the MVC
 * list is changed: Spring Boot shares the converter instances with the HTTP clients, which read the
 * registries' answers leniently.
 */
@Configuration
class StrictJsonConfiguration implements WebMvcConfigurer {

  private final ObjectMapper json;

  StrictJsonConfiguration(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.replaceAll(
        converter ->
            converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? new StrictJsonMessageConverter(json)
                : converter);
  }
}
