package org.accord.directory.internal;

import java.io.IOException;

import org.accord.platform.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Administrators upload an HSDS file and see, record by record, what happened. */
@Controller
class HsdsImportPageController {

	private final HsdsImport importer;

	HsdsImportPageController(HsdsImport importer) {
		this.importer = importer;
	}

	@GetMapping("/admin/directory/import")
	String form() {
		return "directory/hsds-import";
	}

	@PostMapping("/admin/directory/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "Select an HSDS JSON file");
			return "directory/hsds-import";
		}
		try {
			model.addAttribute("report", importer.importDocument(file.getBytes()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", "The file is not an HSDS document: " + ex.errors().get(0).field() + " "
					+ ex.errors().get(0).message());
		}
		return "directory/hsds-import";
	}

}
