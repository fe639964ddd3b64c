using System.IO.Compression;

namespace ContentReview.Segmentation;

/// <summary>
/// The dictionaries embedded in the assembly. Each is a text file from lexicons/dict compressed with gzip at build time
/// (target EmbedCompressedDictionaries in ContentReview.csproj) and embedded under a fixed logical name.
/// </summary>
internal static class EmbeddedData
{
    public const string JiebaDictionary = "ContentReview.Dict.jieba.dict.txt.gz";
    public const string JiebaCharacters = "ContentReview.Dict.jieba.chars.txt.gz";
    public const string JiebaHmm = "ContentReview.Dict.jieba.hmm.txt.gz";
    public const string UnihanMandarin = "ContentReview.Dict.unihan.kMandarin.txt.gz";
    public const string ProtectedTerms = "ContentReview.Dict.typo.protected-terms.txt.gz";
    public const string SimilarShape = "ContentReview.Dict.typo.similar-shape.txt.gz";

    /// <summary>Opens the decompressed content of an embedded dictionary.</summary>
    public static Stream Open(string logicalName)
    {
        Stream? raw = typeof(EmbeddedData).Assembly.GetManifestResourceStream(logicalName);
        if (raw is null)
        {
            throw new InvalidOperationException(
                $"The embedded dictionary '{logicalName}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}; the build did not embed lexicons/dict.");
        }

        return new GZipStream(raw, CompressionMode.Decompress);
    }

    /// <summary>Reads an embedded dictionary fully.</summary>
    public static ArraySegment<byte> ReadAllBytes(string logicalName)
    {
        using Stream s = Open(logicalName);
        var ms = new MemoryStream(logicalName == JiebaDictionary ? 5_200_000 : 64 * 1024);
        s.CopyTo(ms);
        return new ArraySegment<byte>(ms.GetBuffer(), 0, (int)ms.Length);
    }

    /// <summary>Opens an embedded dictionary as UTF-8 text.</summary>
    public static StreamReader OpenText(string logicalName) => new(Open(logicalName), System.Text.Encoding.UTF8);

    /// <summary>The display name used in errors about an embedded file.</summary>
    public static string DisplayName(string logicalName) => "embedded:" + logicalName;
}
