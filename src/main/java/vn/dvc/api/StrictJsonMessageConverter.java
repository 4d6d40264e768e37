package vn.dvc.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads JSON request bodies strictly: unknown properties of a typed body are refused (Jackson, as
 * configured here), and so are bodies that Jackson would quietly accept although they are not what
 * the caller meant — bytes that are not valid UTF-8 (Jackson decodes an overlong {@code C0 AF} as
 * "/"), strings with a lone surrogate ({@code "\ud800"}, valid JSON syntax but no text), and a key
 * given twice in one object (Jackson keeps the last). The check is one streaming pass over a body
 * the {@link JsonBodySizeLimitFilter} has already bounded.
 */
class StrictJsonMessageConverter extends MappingJackson2HttpMessageConverter {

  StrictJsonMessageConverter(ObjectMapper json) {
    // A copy: the application's mapper also reads registry answers, which may grow fields.
    super(json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  /** A JSON body refused for what it is, not for its shape; answered as a 400 problem. */
  static final class RefusedJsonException extends HttpMessageNotReadableException {
    final String type;
    final String field;

    RefusedJsonException(
        String type, String detail, String field, Throwable cause, HttpInputMessage input) {
      super(detail, cause, input);
      this.type = type;
      this.field = field;
    }
  }

  @Override
  public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
    return super.read(type, contextClass, checked(input));
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    return super.readInternal(clazz, checked(input));
  }

  private HttpInputMessage checked(HttpInputMessage input) {
    byte[] body;
    try (InputStream in = input.getBody()) {
      body = in.readAllBytes();
    } catch (IOException e) {
      // As Jackson's own read would report it, so that a body over the limit stays a 413.
      throw new HttpMessageNotReadableException("I/O error while reading input message", e, input);
    }
    MediaType contentType = input.getHeaders().getContentType();
    Charset charset = contentType == null ? null : contentType.getCharset();
    if (charset == null || StandardCharsets.UTF_8.equals(charset)) {
      check(text(body, input), input);
    }
    HttpHeaders headers = input.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  /** The body as text; the JDK's decoder, unlike Jackson's, refuses overlong forms. */
  private static String text(byte[] body, HttpInputMessage input) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new RefusedJsonException(
          "invalid-encoding",
          "The request body is not valid UTF-8 text (it has a byte sequence no UTF-8 encoder"
              + " writes, such as an overlong form); nothing was changed.",
          null,
          e,
          input);
    }
  }

  private void check(String text, HttpInputMessage input) {
    Deque<Set<String>> objects = new ArrayDeque<>();
    try (JsonParser parser = getObjectMapper().getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> objects.push(new HashSet<>());
          case END_OBJECT -> objects.pop();
          case FIELD_NAME -> {
            String name = parser.currentName();
            checkText(name, input);
            if (!objects.peek().add(name)) {
              throw new RefusedJsonException(
                  "duplicate-key",
                  "The key \"" + name + "\" is given twice in one object; give it once.",
                  name,
                  null,
                  input);
            }
          }
          case VALUE_STRING -> checkText(parser.getText(), input);
          default -> {}
        }
      }
    } catch (JsonProcessingException malformed) {
      // Not JSON at all: Jackson's read that follows reports it as malformed.
    } catch (IOException e) {
      throw new IllegalStateException("Reading a string cannot fail", e);
    }
  }

  private static void checkText(String value, HttpInputMessage input) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new RefusedJsonException(
            "invalid-encoding",
            "The request body has a lone surrogate (\\u"
                + Integer.toHexString(c)
                + "), which is half of a character and no text; nothing was changed.",
            null,
            null,
            input);
      }
    }
  }
}
