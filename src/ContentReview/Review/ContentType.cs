namespace ContentReview;

/// <summary>What kind of text is reviewed.</summary>
public enum ContentType
{
    /// <summary>Plain text.</summary>
    PlainText = 0,

    /// <summary>
    /// HTML from a CMS rich-text editor: tags, comments, scripts and styles are skipped, entities decoded, block
    /// elements break sentences; spans still point into the original HTML. The text of <c>alt</c> and <c>title</c>
    /// attributes and of <c>&lt;meta name="description"&gt;</c> / <c>"keywords"</c> content is reviewed as paragraphs of
    /// its own, with spans inside the attribute value; other attributes are skipped.
    /// </summary>
    Html = 1,
}
