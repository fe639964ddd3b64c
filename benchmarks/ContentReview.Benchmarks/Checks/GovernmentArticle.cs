using System.Text;

namespace ContentReview.Benchmarks.Checks;

/// <summary>
/// Generates a realistic government-style article (通知/公示 with sections, dates, amounts, percentages, document
/// numbers, and a few personal numbers in a 公示 list), deterministic for a seed, cut to an exact length.
/// About one sentence in eight carries something the structured checks report.
/// </summary>
public static class GovernmentArticle
{
    private static readonly string[] Agencies =
        ["市人民政府办公厅", "市发展和改革委员会", "市财政局", "市自然资源和规划局", "市生态环境局", "市市场监督管理局", "市卫生健康委员会", "市教育局"];

    private static readonly string[] Topics =
        ["营商环境", "乡村振兴", "城市更新", "生态环境保护", "数字政府建设", "安全生产", "公共卫生服务", "就业创业", "老旧小区改造", "政务公开"];

    private static readonly string[] Verbs = ["深入推进", "全面落实", "持续优化", "扎实开展", "切实加强", "统筹推进", "认真做好", "进一步完善"];

    private static readonly string[] Sections = ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求", "五、附则"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "林", "吴", "郑"];

    public static string Create(int length, int seed = 2026)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(length + 512);
        sb.Append("关于印发《").Append(Topics[0]).Append("三年行动方案（2024—2026年）》的通知\n");
        sb.Append("榕政办〔2024〕36号\n");
        sb.Append("各县（市）区人民政府，市直各有关单位：\n");
        int section = 0;
        int sentence = 0;
        while (sb.Length < length)
        {
            if (sentence % 9 == 0)
            {
                sb.Append('\n').Append(Sections[section++ % Sections.Length]).Append('\n');
            }

            sb.Append(Sentence(random, sentence));
            if (sentence % 4 == 3)
            {
                sb.Append('\n');
            }

            sentence++;
        }

        return sb.ToString(0, length);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Sentence(Random random, int n)
    {
        string agency = Pick(random, Agencies);
        string topic = Pick(random, Topics);
        string verb = Pick(random, Verbs);
        int year = 2021 + random.Next(5);
        int month = 1 + random.Next(12);
        int day = 1 + random.Next(28);
        int amount = 100 + random.Next(9900);
        int pct = 5 + random.Next(40);
        return (n % 16) switch
        {
            0 => $"{verb}{topic}工作，到{year}年底，全市{topic}水平明显提升，群众满意度达到{80 + random.Next(19)}%以上。",
            1 => $"{agency}要会同有关部门，于{year}年{month}月{day}日前制定具体实施方案，明确责任分工和时间节点。",
            2 => $"安排市级财政资金{amount}万元，重点支持{topic}项目建设，资金使用情况按规定向社会公开。",
            3 => $"根据《国务院关于{verb}{topic}的意见》（国发〔{year - 3}〕{1 + random.Next(40)}号）精神，结合我市实际，制定本方案。",
            4 => $"力争全市{topic}相关指标年均增长{pct}%～{pct + 5}%，形成一批可复制可推广的经验做法。",
            5 => $"{verb}“{topic}”专项行动，坚持问题导向，建立健全长效机制，确保各项任务落到实处。",
            6 => $"公示对象：{Pick(random, Surnames)}某某，联系电话：{Mobile(random)}，身份证号：{IdNumber(random)}。",
            7 => $"各地各部门要于每月{5 + random.Next(20)}日前将工作进展情况报送{agency}，联系电话：0591-{87000000 + random.Next(999999)}。",
            8 => $"对工作成效明显的单位给予通报表扬，对推进不力的单位进行约谈，情况严重的依规依纪严肃问责。",
            9 => $"二零二{"〇一二三四"[random.Next(5)]}年度考核结果作为评先评优的重要依据，于{year}年0{1 + random.Next(9)}月公布。",
            10 => $"{agency}负责牵头组织实施，其他成员单位按照职责分工，各司其职、密切配合、形成合力。",
            11 => $"补助标准为每户1,{100 + random.Next(899)}元，覆盖率提高{pct}-{pct + 10}%，受益群众超过{amount}人。",
            12 => $"本方案自印发之日起施行，有效期至{year + 3}年12月31日。此前规定与本方案不一致的,以本方案为准。",
            13 => $"{verb}{topic}宣传工作，充分利用政府网站、政务新媒体等渠道，营造良好社会氛围。",
            14 => $"意见建议请发送至电子邮箱：fzsb{random.Next(100)}@fuzhou.gov.cn，或拨打12345政务服务便民热线。",
            _ => $"纪念改革开放四十周年以来，我市{topic}工作取得显著成效，为高质量发展提供了有力支撑。",
        };
    }

    private static string Mobile(Random random) =>
        "1" + "3589"[random.Next(4)] + random.Next(10) + random.Next(10_000_000, 100_000_000);

    private static string IdNumber(Random random)
    {
        string body = $"3501{random.Next(10, 30)}{1950 + random.Next(50)}{1 + random.Next(12):00}{1 + random.Next(28):00}{random.Next(1000):000}";
        return body + ContentReview.Checks.Privacy.ResidentIdNumber.ComputeCheckCharacter(body);
    }
}
