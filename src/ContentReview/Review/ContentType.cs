namespace ContentReview;

/// <summary>What kind of text is reviewed.</summary>
public enum ContentType
{
    /// <summary>Plain text.</summary>
    PlainText = 0,

    /// <summary>
    /// HTML from a CMS rich-text editor: tags, attributes, comments, scripts and styles are skipped, entities decoded,
    /// block elements break sentences; spans still point into the original HTML.
    /// </summary>
    Html = 1,
}
