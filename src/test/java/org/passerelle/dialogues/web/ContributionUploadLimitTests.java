package org.passerelle.dialogues.web;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.web.Flash;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContributionUploadLimitTests {

	@Test
	void contributionTooLargeForTheServerGoesBackToTheFormWithAMessage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dialogues/consultation/contribute");
		FlashMap flash = new FlashMap();
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);

		String view = new ContributionUploadLimit().tooLarge(new MaxUploadSizeExceededException(1), request);

		assertThat(view).isEqualTo("redirect:/dialogues/consultation/contribute");
		assertThat(flash.get(Flash.ATTRIBUTE)).isEqualTo(Flash.warning("dialogues.attachments.requestTooLarge", 3, 5));
	}

	@Test
	void otherUploadsKeepTheirDefaultAnswer() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/practices/import");
		MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(1);

		assertThatThrownBy(() -> new ContributionUploadLimit().tooLarge(tooLarge, request)).isSameAs(tooLarge);
	}

}
