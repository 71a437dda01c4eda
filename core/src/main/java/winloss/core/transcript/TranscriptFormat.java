package winloss.core.transcript;

/** The transcript formats winloss reads, detected from the content. */
public enum TranscriptFormat {
  WEBVTT("WebVTT (Zoom, Teams, <v> voice spans)"),
  SRT("SRT subtitles"),
  OTTER("Otter.ai text export (Name  M:SS headers)"),
  MEET("Google Meet text export (title, Name: text, time lines)"),
  FIREFLIES("Fireflies JSON export (sentences with speaker_name)"),
  PLAIN("plain text turns (Name: text)");

  private final String description;

  TranscriptFormat(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
