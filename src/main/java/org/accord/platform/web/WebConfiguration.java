package org.accord.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GOV.UK Frontend's images and JavaScript straight from the WebJar (its fonts are never used). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final String govukRoot;

	WebConfiguration(@Value("${accord.govuk-frontend.version:5.14.0}") String version) {
		this.govukRoot = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		registry.addResourceHandler("/assets/**").addResourceLocations(govukRoot + "assets/").setCacheControl(cache);
		registry.addResourceHandler("/govuk/**").addResourceLocations(govukRoot).setCacheControl(cache);
	}

}
