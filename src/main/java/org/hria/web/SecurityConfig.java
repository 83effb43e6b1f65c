package org.hria.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages use the login form and its session (CSRF-protected); the API also
 * takes HTTP Basic, and answers 401/403 as problem details instead of redirecting.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
					"/error")
			.permitAll()
			// Published recommendations are public by design (recommendations spec, section 2: PUBLIC).
			.requestMatchers(HttpMethod.GET, "/public/**")
			.permitAll()
			.requestMatchers("/api/admin/users/**", "/admin/users/**")
			.hasRole("SYSTEM_ADMIN")
			.requestMatchers("/api/admin/rules/**", "/admin/rules/**")
			.hasAnyRole("SYSTEM_ADMIN", "BUREAU_LEAD")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.realmName("hria").authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, API)
				.defaultAccessDeniedHandlerFor(problems, API))
			// A request that carries its own credentials is not riding on a browser session.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
