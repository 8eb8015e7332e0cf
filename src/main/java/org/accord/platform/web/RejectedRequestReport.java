package org.accord.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests Tomcat refuses before the application sees them (a malformed percent-encoding, "/../" in the path, a
 * character not allowed in the request target, a header too large) are answered by the host's error report valve,
 * not by {@link ErrorPageController}. This one answers them as a problem response on the API (and when the target
 * could not be read at all), as the error page does, and elsewhere as Tomcat's plain page without the server's
 * version or a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestReport {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> rejectedRequestsAsProblems() {
		// The host adds its error report valve when it starts, before its context starts: replace it then.
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (!hasProblemValve(host)) {
					host.getPipeline().addValve(new ProblemReportValve());
				}
			}
		}));
	}

	private static boolean hasProblemValve(Container host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ProblemReportValve) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Tomcat's error report, as problem+json where the path is the API's; never with the server's version or a stack
	 * trace.
	 */
	public static class ProblemReportValve extends ErrorReportValve {

		public ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			// A target Tomcat could not read (a character not allowed in it) leaves no path: no browser sends one, so it is
			// answered as the API would be.
			String path = request.getCoyoteRequest().requestURI().toString();
			if (path != null && !path.isEmpty() && !ErrorPageController.isApiPath(path)) {
				super.report(request, response, throwable);
				return;
			}
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			String title = status == 400 ? "Bad Request" : status == 404 ? "Not Found" : status >= 500 ? "Internal Server Error"
					: "Error";
			String detail = status >= 500 ? "Something went wrong on our side"
					: "The request could not be read: its path, query or headers are malformed";
			try {
				response.setContentType(Problems.PROBLEM_JSON.toString());
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
							+ detail + "\",\"errors\":[]}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone or the response cannot be written: there is no one to tell.
			}
		}

	}

}
