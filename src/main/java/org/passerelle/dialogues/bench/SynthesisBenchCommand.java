package org.passerelle.dialogues.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.dialogues.internal.SynthesisBuilder;
import org.passerelle.dialogues.internal.SynthesisDocuments;
import org.passerelle.dialogues.internal.SynthesisEditor;
import org.passerelle.dialogues.internal.SynthesisModel;
import org.passerelle.kernel.documents.DocumentFormat;
import org.passerelle.kernel.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code dialogues synthesis-bench [--slug S] [--rounds N]}: times building a published
 * synthesis (the model the page, the downloads and the API start from) and rendering it
 * as PDF and DOCX, N times after one warm-up, and prints the median and the maximum of
 * each in milliseconds ({@code build-ms}, {@code pdf-ms}, {@code docx-ms} lines).
 */
@Component
class SynthesisBenchCommand implements CliCommand {

	private static final String USAGE = "dialogues synthesis-bench [--slug S] [--rounds N]";

	private final SynthesisEditor editor;

	private final SynthesisBuilder builder;

	private final SynthesisDocuments documents;

	SynthesisBenchCommand(SynthesisEditor editor, SynthesisBuilder builder, SynthesisDocuments documents) {
		this.editor = editor;
		this.builder = builder;
		this.documents = documents;
	}

	@Override
	public String name() {
		return "dialogues synthesis-bench";
	}

	@Override
	public String usage() {
		return "[--slug S] [--rounds N]";
	}

	@Override
	public String description() {
		return "Times building a dialogue's published synthesis and rendering it as PDF and DOCX.";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Options options = new Options(args, Set.of("slug", "rounds"), USAGE);
		String slug = options.text("slug", "bench");
		int rounds = (int) options.number("rounds", 5, 1, 1000);
		Locale locale = Locale.FRENCH;
		List<Long> build = new ArrayList<>();
		List<Long> pdf = new ArrayList<>();
		List<Long> docx = new ArrayList<>();
		long pdfBytes = 0;
		long docxBytes = 0;
		SynthesisModel model = null;
		for (int i = 0; i <= rounds; i++) {
			long t0 = System.nanoTime();
			SynthesisEditor.Readable readable = this.editor.readable(slug);
			model = this.builder.build(readable.dialogue(), readable.synthesis(), locale);
			long t1 = System.nanoTime();
			CountingStream pdfOut = new CountingStream();
			this.documents.render(model, DocumentFormat.PDF, locale, pdfOut);
			long t2 = System.nanoTime();
			CountingStream docxOut = new CountingStream();
			this.documents.render(model, DocumentFormat.DOCX, locale, docxOut);
			long t3 = System.nanoTime();
			System.err.printf(Locale.ROOT, "%s %d: build %d ms, pdf %d ms, docx %d ms%n", i == 0 ? "warm-up" : "run", i,
					(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
			if (i > 0) {
				build.add((t1 - t0) / 1_000_000);
				pdf.add((t2 - t1) / 1_000_000);
				docx.add((t3 - t2) / 1_000_000);
			}
			pdfBytes = pdfOut.count;
			docxBytes = docxOut.count;
		}
		out.printf(Locale.ROOT, "contributions %d%n", model.contributions());
		print(out, "build-ms", build);
		print(out, "pdf-ms", pdf);
		print(out, "docx-ms", docx);
		out.printf(Locale.ROOT, "pdf-bytes %d%ndocx-bytes %d%n", pdfBytes, docxBytes);
		return 0;
	}

	private static void print(PrintStream out, String name, List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		long median = sorted.get(sorted.size() / 2);
		out.printf(Locale.ROOT, "%s %d median, %d max (%s)%n", name, median, sorted.get(sorted.size() - 1), values);
	}

	/** Counts the bytes written and keeps none. */
	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
