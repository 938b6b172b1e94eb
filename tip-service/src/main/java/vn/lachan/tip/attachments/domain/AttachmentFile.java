package vn.lachan.tip.attachments.domain;

/** One file of a tip with its content. */
public record AttachmentFile(Attachment attachment, byte[] content) {
}
