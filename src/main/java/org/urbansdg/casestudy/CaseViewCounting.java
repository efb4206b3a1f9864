package org.urbansdg.casestudy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts a view when a published case's page has been prepared for a GET ({@link CaseViews}). Editors and
 * reviewers opening drafts count nothing.
 */
@Configuration
class CaseViewCounting implements WebMvcConfigurer, HandlerInterceptor {

	private final CaseViews views;

	CaseViewCounting(CaseViews views) {
		this.views = views;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/cases/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if ("GET".equals(request.getMethod()) && modelAndView != null && PublicPagesController.CASE.equals(modelAndView.getViewName())
				&& modelAndView.getModel().get("c") instanceof CaseStudy c && c.getStatus() == CaseStatus.PUBLISHED) {
			views.viewed(c.getId(), request);
		}
	}
}
