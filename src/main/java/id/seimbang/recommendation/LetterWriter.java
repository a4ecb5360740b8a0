package id.seimbang.recommendation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import id.seimbang.placement.MatchedRow;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.CodeLabels;

/**
 * The employee's letter about a recorded decision (issue 19 point 5): built from the record and its explanation
 * ({@link ExplanationWriter}), shown as the page {@code recommendation/letter} and printed to PDF from the same
 * template (openhtmltopdf), so the two never say different things.
 */
@Component
class LetterWriter {

    static final String TEMPLATE = "recommendation/letter";
    private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'");

    private final ExplanationWriter explanations;
    private final ObjectionService objections;
    private final CodeLabels labels;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String css;

    LetterWriter(ExplanationWriter explanations, ObjectionService objections, CodeLabels labels,
            ITemplateEngine templates, Clock clock) {
        this.explanations = explanations;
        this.objections = objections;
        this.labels = labels;
        this.templates = templates;
        this.clock = clock;
        try (var in = new ClassPathResource("static/css/letter.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("static/css/letter.css", e);
        }
    }

    /** The letter's style sheet, inlined into the page (the PDF renderer then needs no URL to fetch it). */
    String css() {
        return css;
    }

    /** The letter in the language of {@code locale} (English for "en", Indonesian otherwise). */
    DecisionLetter letter(DecisionRecord record, Locale locale, String verificationUrl) {
        boolean en = "en".equals(locale.getLanguage());
        Explanation x = explanations.explain(record);
        List<String> reasons = new ArrayList<>();
        x.eligibility().forEach(line -> reasons.add(pick(line, en)));
        if (x.requestedTarget() != null) {
            reasons.add(pick(x.requestedTarget(), en));
        }
        DecisionLetter.Move move = null;
        if (!record.outcome().moves().isEmpty()) {
            MoveOption top = record.outcome().moves().get(0);
            List<String> benefits = top.matchedRows() == null ? List.of()
                    : top.matchedRows().stream().map(MatchedRow::annotation).map(a -> pick(a, en)).distinct().toList();
            String support = top.relocationSupport() == null ? null : pick(labels.of("relocation", top.relocationSupport()), en);
            move = new DecisionLetter.Move(top.unitName(), top.unitCode(), top.positionName(), top.positionCode(),
                    benefits, support);
        }
        int days = objections.daysToResolve();
        return new DecisionLetter(en ? "en" : "id", record.decisionId(), record.hash(), record.policyVersion(),
                DECIDED_AT.format(record.decidedAt().atZone(Clocks.JAKARTA)), String.valueOf(record.inputs().asOf()),
                x.nip(), x.employeeName(), pick(x.summary(), en), reasons, move, days,
                LocalDate.now(clock.withZone(Clocks.JAKARTA)).plusDays(days).toString(), verificationUrl,
                qrCode(verificationUrl));
    }

    /** The letter page rendered by Thymeleaf outside a web request and printed to PDF. */
    byte[] pdf(DecisionLetter letter, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("letter", letter);
        context.setVariable("pdf", true);
        context.setVariable("letterCss", css);
        String html = templates.process(TEMPLATE, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of letter " + letter.decisionId(), e);
        }
    }

    private static String pick(Bilingual text, boolean en) {
        return en ? text.en() : text.id();
    }

    /** A PNG data URI of the QR code (4 pixels per module, the standard quiet zone of 4 modules). */
    static String qrCode(String text) {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.MARGIN, 4);
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            int scale = 4;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code of " + text, e);
        }
    }
}
