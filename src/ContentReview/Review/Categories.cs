namespace ContentReview;

/// <summary>
/// The well-known finding categories. Categories are plain strings so deployments may add their own; these are the
/// ones the built-in lexicon and checks produce.
/// </summary>
public static class Categories
{
    /// <summary>固有表述: set political phrases and their misuse (纪念 vs 庆祝 建党100周年, 建党100年).</summary>
    public const string PoliticalTerm = "political-term";

    /// <summary>Agency names abolished or renamed by institutional reforms, and wrong forms of official names.</summary>
    public const string AgencyName = "agency-name";

    /// <summary>Leader titles and their combinations.</summary>
    public const string LeaderTitle = "leader-title";

    /// <summary>Taiwan, Hong Kong and Macau wording.</summary>
    public const string CrossStrait = "cross-strait";

    /// <summary>Territory and place names.</summary>
    public const string Territory = "territory";

    /// <summary>Ethnic and religious wording.</summary>
    public const string EthnicReligious = "ethnic-religious";

    /// <summary>International affairs wording.</summary>
    public const string International = "international";

    /// <summary>Discriminatory or demeaning wording.</summary>
    public const string Discriminatory = "discriminatory";

    /// <summary>错别字: typos and idiom errors.</summary>
    public const string Typo = "typo";

    /// <summary>Easily confused words that need context (截止/截至).</summary>
    public const string Confusable = "confusable";

    /// <summary>Reactionary, violent, pornographic, gambling, drug and cult terms.</summary>
    public const string Sensitive = "sensitive";

    /// <summary>Personal information: ID, mobile and bank card numbers, passports, personal e-mail.</summary>
    public const string Privacy = "privacy";

    /// <summary>Classification markings and internal-only notices.</summary>
    public const string Secret = "secret";

    /// <summary>Numbers, dates and document numbers (GB/T 15835-2011, GB/T 9704-2012).</summary>
    public const string NumberFormat = "number-format";

    /// <summary>Punctuation errors.</summary>
    public const string Punctuation = "punctuation";

    /// <summary>Every well-known category, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PoliticalTerm, AgencyName, LeaderTitle, CrossStrait, Territory, EthnicReligious, International, Discriminatory,
        Typo, Confusable, Sensitive, Privacy, Secret, NumberFormat, Punctuation,
    ];
}
