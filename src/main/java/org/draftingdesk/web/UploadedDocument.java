package org.draftingdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A document sent by a browser form: an uploaded file, pasted text, or — when a person confirms a
 * preview — the same bytes carried back in the confirming form (base64), so no replica has to
 * remember an upload between the preview and the import.
 */
public record UploadedDocument(byte[] bytes, String contentType) {

    public static UploadedDocument from(FileUpload file, String text, String carried, String carriedType) {
        if (carried != null && !carried.isBlank()) {
            try {
                return new UploadedDocument(Base64.getDecoder().decode(carried.strip()), carriedType);
            } catch (IllegalArgumentException e) {
                throw Problem.badInput("The document carried by the form is damaged: upload it again");
            }
        }
        if (file != null && file.size() > 0) {
            try {
                return new UploadedDocument(Files.readAllBytes(file.uploadedFile()), file.contentType());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new UploadedDocument(
                text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    }

    /** The bytes as the confirming form carries them. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
