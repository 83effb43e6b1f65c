package org.hria.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean by default, English on request: {@code ?lang=} (remembered in a cookie), else the
 * browser's Accept-Language when it names one of the two.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("hria-lang");
		resolver.setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Accepts only the languages hria speaks, so {@code ?lang=fr} cannot leave a page half-translated. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, locale == null ? null : supported(locale));
		}

		static Locale fromAcceptLanguage(HttpServletRequest request) {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return Locale.KOREAN;
			}
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				return match == null ? Locale.KOREAN : match;
			}
			catch (IllegalArgumentException ex) {
				return Locale.KOREAN;
			}
		}

		private static Locale supported(Locale locale) {
			return SUPPORTED.stream()
				.filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(Locale.KOREAN);
		}

	}

}
