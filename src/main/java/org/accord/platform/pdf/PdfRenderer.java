package org.accord.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template as a tagged, accessible PDF (PDF/UA) for meetings and exports. The
 * template is XHTML; its text uses Liberation Sans, which PDFBox ships, so names in any Latin script
 * print correctly on every machine without installing fonts.
 */
@Component
public class PdfRenderer {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model) {
		Context context = new Context(java.util.Locale.UK, model);
		String xhtml = templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), "Liberation Sans");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
