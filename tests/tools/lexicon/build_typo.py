from common import *
import typo_data as T

DROP = set("""检查院 己于 知已 园满 园梦 花圆 拥带 资询 由忠 分脏 积效 业积 成积 政积 生活必须 峻工验收 朝气篷勃 公暑 掘起 秘秘 废汽
上诉要求 上诉情况 上诉问题 上诉规定 所诉问题 各位领导同志们 请予以批准 以至于此 截至日期 截至时间 反应情况 如实反应 反应问题 反应诉求 国家权利机关
最高权利机关 权利机关 纪律检察 年青干部 做为 座落 带口罩 带好口罩 带安全帽 带头盔 共度难关 好象 想像 陷井 撤消 前赴后继 可见一般 挺身而去 一望无限
势如破行 息息相惜 艰苦绝卓 默默无文 披荆斩刺 文过饰飞 小心意意 心旷神遗 胸有成足 袖手旁关 偃旗吸鼓 诸如此内 坐享其城 食不果复 戮力同行 孤注一throw
邯鄲 尤如 凑和 分付 纪律检察委员会 人民检查院 必须品 勿需 即时 侦察案件 按步实施 推近 进快 招聘启示 寻人启示 寻物启示 征稿启示 更正启示 招生启示 征婚启示""".split())
# per-pattern context (typos never use whole-word)
NF = {"自已": ["经"], "防犯": ["罪", "法"], "既使": ["用", "得"], "定单": ["位", "元"], "定婚": [], "预会": ["计"], "叙文": [], "洋琴": [], "零丁": [],
      "凭添": [], "联贯": [], "留连": [], "火伴": [], "劝戒": ["烟", "酒", "毒"], "原故": ["事"], "宏扬": [], "寄与": [], "机伶": [], "希奇": [], "希罕": [],
      "蓝球": [], "兰色": [], "亚州": [], "身分证": [], "部份": [], "伏罪": [], "端五": ["十", "百"], "连袂": [], "答覆": [], "覆信": [], "覆辙": [],
      "担搁": [], "支解": [], "斩新": [], "夜消": ["毒", "杀", "防"], "月芽": [], "精采": [], "神彩": [], "颤栗": [], "摹仿": [], "模胡": [],
      "贤慧": [], "调济": ["南"], "按置": [], "迁徒": ["弟"], "弦律": [], "己经": [], "下拔": ["河"], "海拨": [], "提拨": [], "选拨": [], "调拔": ["河"],
      "给于": ["我", "你", "他", "她", "它"], "赋于": [], "渡假村": []}
NP = {"己经": ["自", "利", "知", "异", "克"], "伏罪": ["认"], "选拨": [], "下拔": ["上"], "调拔": [], "定单": ["固", "确", "预", "规", "指", "制", "决", "审", "鉴", "限", "约", "认"],
      "定婚": ["约", "确", "法"], "定阅": ["规", "确", "指", "限", "固"], "叙言": ["记"], "零丁": ["孤苦"], "联贯": [], "蓝球": [], "撩乱": [], "那末": ["刹", "月", "年", "周"],
      "要末": [], "这末": [], "火伴": [], "原故": ["事"], "机伶": [], "收伏": [], "神彩": [], "斩新": [], "洋琴": [], "月芽": [], "连翩": [], "伸雪": ["引"],
      "预会": ["参", "出"], "贪脏": [], "侯鸟": [], "侯补": [], "带头盔": ["携", "自", "需", "须", "要求"], "给于": ["交", "留", "送", "献", "寄", "让", "付", "还", "借", "递", "发"],
      "退脏": ["消"], "栽脏": [], "奖尝": [], "品偿": [], "十锦": [], "子细": ["孩", "分", "母", "电", "原", "量", "质", "中", "粒", "因", "种", "离", "椰", "瓜"],
      "左证": [], "叙文": [], "收伏": [], "惺松": ["蓬"], "压伏": [], "跌交": [], "鱼网": ["捕"], "精采": [], "疲塌": [], "凭添": [], "简炼": [],
      "赢余": ["输"], "马糊": ["麻"], "含胡": [], "规戒": ["法"], "狡滑": [], "佳宾": [], "驾御": [], "架式": ["框", "骨", "吊", "支", "货", "书", "衣"],
      "豫备": [], "余辉": ["剩", "其"], "内哄": ["室", "屋"], "忿忿": [], "叫化子": [], "卤莽": [], "牵联": [], "清彻": [], "耽心": [], "耽忧": []}
SPECIAL_REGEX = {
    "不能自己": (r"不能自己(?=[，。！；、,.!;]|$)", "不能自已"),
    "凑和": (r"凑和(?![谐平睦解])", "凑合"),
    "尤如": (r"(?<![更尤])尤如(?!此)", "犹如"),
}


SEEN = set()


def add_section(c, text, severity, source, message_tpl):
    seen = SEEN
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            continue
        wrong, right = parts
        if wrong == right or wrong in DROP or wrong in seen or not all("\u4e00" <= ch <= "\u9fff" for ch in wrong + right):
            continue
        seen.add(wrong)
        base = "typo-" + pinyin(wrong)
        rid = base
        k = 2
        while rid in c.ids:
            rid = base + "-" + "".join("%x" % ord(ch) for ch in wrong)[-8:]
            if rid in c.ids:
                rid = base + "-" + str(k)
                k += 1
        c.add(rid, severity, message_tpl.format(w=wrong, r=right), source, patterns=[wrong], suggestions=[right],
              np=NP.get(wrong) or None, nf=NF.get(wrong) or None)
    return seen


c = Cat("typo")
add_section(c, T.YWJZ, "error", YWJZ100, "“{w}”是常见别字，应为“{r}”。")
add_section(c, T.GONGWEN, "error", TYPO_GW, "“{w}”是公文常见错别字，应为“{r}”。")
add_section(c, T.IDIOM, "error", IDIOM, "成语“{r}”误作“{w}”。")
add_section(c, T.PLACE_TYPOS, "error", PLACE, "地名用字错误：“{w}”应为“{r}”。")
add_section(c, T.YXC, "warning", YXC, "“{w}”是《第一批异形词整理表》中的非推荐词形，规范词形为“{r}”。")
add_section(c, T.GONGWEN2, "error", TYPO_GW, "“{w}”是公文常见错别字，应为“{r}”。")
add_section(c, T.ZHANG, "warning", GFHZ, "“{w}”不规范：按《通用规范汉字表》和现行词典，应写作“{r}”。")
for wrong, (rx, right) in SPECIAL_REGEX.items():
    c.add("typo-" + pinyin(wrong) + "-rx", "error", "“{w}”是常见别字，应为“{r}”。".format(w=wrong, r=right), YWJZ100, regex=rx, suggestions=[right])
c.add("typo-liezhu-general", "error", "“烈士”误作“烈土”。", TYPO_GW, regex=r"(?<![强剧热激猛酷刚壮])烈土(?=陵园|纪念|墓|英名|事迹|精神|家属|子女|褒扬|们|的|，|。)", suggestions=["烈士"])
c.add("typo-shoudu", "error", "“首都”误作“首者”或“首府”用错，请核对。", TYPO_GW, patterns=["首都北京市"], suggestions=["首都北京"])
c.rules.pop(); c.ids.discard("typo-shoudu")

if __name__ == "__main__":
    print(len(c.rules))
