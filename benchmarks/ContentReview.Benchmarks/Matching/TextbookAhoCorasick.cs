namespace ContentReview.Benchmarks.Matching;

/// <summary>
/// The textbook Aho-Corasick the issue compares against: one object per node, <see cref="Dictionary{TKey, TValue}"/>
/// children keyed by char, failure links, merged output lists; reports every occurrence (no normalization).
/// </summary>
public sealed class TextbookAhoCorasick
{
    private readonly Node _root = new();

    public TextbookAhoCorasick(IReadOnlyList<string> patterns)
    {
        for (int p = 0; p < patterns.Count; p++)
        {
            var node = _root;
            foreach (char c in patterns[p])
            {
                if (!node.Next.TryGetValue(c, out var child))
                {
                    child = new Node();
                    node.Next[c] = child;
                }

                node = child;
            }

            node.Outputs.Add(p);
        }

        var queue = new Queue<Node>();
        foreach (var child in _root.Next.Values)
        {
            child.Fail = _root;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in node.Next)
            {
                var f = node.Fail!;
                while (f != _root && !f.Next.ContainsKey(c))
                {
                    f = f.Fail!;
                }

                child.Fail = f.Next.TryGetValue(c, out var target) && target != child ? target : _root;
                child.Outputs.AddRange(child.Fail.Outputs);
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Counts every occurrence of every pattern.</summary>
    public int CountAll(string text)
    {
        int count = 0;
        var node = _root;
        foreach (char c in text)
        {
            Node? next;
            while (!node.Next.TryGetValue(c, out next) && node != _root)
            {
                node = node.Fail!;
            }

            node = next ?? _root;
            count += node.Outputs.Count;
        }

        return count;
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Next { get; } = new();

        public Node? Fail { get; set; }

        public List<int> Outputs { get; } = new();
    }
}
