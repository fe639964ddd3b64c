using YamlDotNet.RepresentationModel;

namespace ContentReview.Lexicons;

/// <summary>What kind of YAML node a <see cref="RuleNode"/> is.</summary>
internal enum RuleNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// The little of a YAML document the rule-file validator needs: scalars (value, plain or quoted), sequences and
/// mappings (keys in file order), each with its 1-based line. Two readers produce it: YamlDotNet's representation model
/// (<see cref="FromYaml"/>, full YAML, for every file a deployment adds) and <see cref="RuleYamlSubsetReader"/> (the
/// subset the lexicon generator writes, for the built-in files only), so both are validated by the same code.
/// </summary>
internal sealed class RuleNode
{
    private RuleNode(RuleNodeKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public RuleNodeKind Kind { get; }

    /// <summary>The 1-based line where the node starts.</summary>
    public int Line { get; }

    /// <summary>The value of a scalar (never null for a scalar; empty for an empty plain scalar).</summary>
    public string? Value { get; private init; }

    /// <summary>Whether a scalar was written plain (unquoted): only a plain scalar can be YAML's null.</summary>
    public bool IsPlain { get; private init; }

    /// <summary>The items of a sequence.</summary>
    public IReadOnlyList<RuleNode> Items { get; private init; } = [];

    /// <summary>The entries of a mapping, in file order. Keys are unique.</summary>
    public IReadOnlyList<KeyValuePair<RuleNode, RuleNode>> Entries { get; private init; } = [];

    /// <summary>Whether this is a plain scalar that YAML reads as null (empty, ~, null).</summary>
    public bool IsNull => Kind == RuleNodeKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public static RuleNode Scalar(int line, string value, bool plain) =>
        new(RuleNodeKind.Scalar, line) { Value = value, IsPlain = plain };

    public static RuleNode Sequence(int line, IReadOnlyList<RuleNode> items) =>
        new(RuleNodeKind.Sequence, line) { Items = items };

    public static RuleNode Mapping(int line, IReadOnlyList<KeyValuePair<RuleNode, RuleNode>> entries) =>
        new(RuleNodeKind.Mapping, line) { Entries = entries };

    /// <summary>The value of <paramref name="key"/> in a mapping, or null.</summary>
    public RuleNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Kind == RuleNodeKind.Scalar && string.Equals(k.Value, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Converts a node of YamlDotNet's representation model (marks are 1-based lines).</summary>
    public static RuleNode FromYaml(YamlNode node)
    {
        int line = (int)node.Start.Line;
        switch (node)
        {
            case YamlScalarNode s:
                return Scalar(line, s.Value ?? "", s.Style == YamlDotNet.Core.ScalarStyle.Plain);
            case YamlSequenceNode seq:
                return Sequence(line, seq.Children.Select(FromYaml).ToArray());
            case YamlMappingNode map:
                return Mapping(line, map.Children.Select(e => KeyValuePair.Create(FromYaml(e.Key), FromYaml(e.Value))).ToArray());
            default:
                // Aliases are resolved by YamlDotNet's representation model; nothing else exists.
                throw new InvalidOperationException($"Unexpected YAML node type {node.GetType().Name}.");
        }
    }
}
