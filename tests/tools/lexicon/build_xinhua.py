from common import *

TW = ["台湾", "台北", "岛内", "民进党", "国民党", "台当局", "蓝营", "绿营", "两岸", "赖清德", "蔡英文", "马英九", "陈水扁", "李登辉"]
Q = ["“", "\"", "「", "‘", "所谓", "所谓的", "所谓“", "所谓的“"]
# ======================= cross-strait =======================
x = Cat("cross-strait")
x.add("taiwan-zhengfu", "error", "不使用“台湾政府”，应称“台湾当局”或“台湾方面”。", XH_TER + "；" + TAIWAN2002,
      patterns=["台湾政府", "台湾地区政府", "台湾省政府", "台湾中央政府", "台北政府"], suggestions=["台湾当局"], np=["“"],
      nearby={"none": ["1945", "1946", "1947", "1948", "1949年以前", "日据", "光复初期"]})
x.add("zhonghuaminguo-zongtong", "error", "严禁用“中华民国总统（副总统）”称呼台湾地区领导人，即使加引号也不得使用；应称“台湾地区领导人”或“台湾当局领导人”。", XH_TER,
      patterns=["中华民国总统", "中华民国副总统"], suggestions=["台湾地区领导人"])
x.rules[-1]["patterns"] = ["中华民国总统"]
x.add("zhonghuaminguo-fuzongtong", "error", "严禁用“中华民国副总统”称呼台湾地区副领导人，应称“台湾地区副领导人”。", XH_TER,
      patterns=["中华民国副总统"], suggestions=["台湾地区副领导人"])
x.add("zhonghuaminguo", "warning", "对1949年10月1日以后的台湾地区，不使用“中华民国”及其纪年、旗、徽、歌；应称“台湾地区”“台湾当局”。叙述1912—1949年的历史时可使用。", XH_TER,
      patterns=["中华民国"], suggestions=["台湾地区"], np=["“"],
      nf=["临时", "史", "时期", "成立", "建立", "元年", "初年", "北京政府", "南京临时政府", "国民政府", "大总统", "临时大总统", "约法"],
      nearby={"none": ["孙中山", "辛亥", "1911", "1912", "1913", "1914", "1915", "1916", "1917", "1918", "1919", "192", "193", "1940", "1941",
                       "1942", "1943", "1944", "1945", "1946", "1947", "1948", "1949年", "民国时期", "北洋", "袁世凯", "清朝", "清帝"]})
x.add("minguo-jinian", "error", "对1949年以后的年代不使用“中华民国”纪年（民国三十九年即1950年），应使用公元纪年。", XH_TER,
      regex=r"(?<![中华])民国(39|[4-9]\d|1\d\d)年", suggestions=[])
x.add("taiwan-zongtong", "error", "不得称台湾地区领导人为“总统”，应称“台湾地区领导人”或“台湾当局领导人”。", XH_TER + "；" + TAIWAN2002,
      patterns=["台湾总统", "台湾的总统", "台湾地区总统", "台湾当局总统"], suggestions=["台湾地区领导人"], np=["“"])
x.add("taiwan-fuzongtong", "error", "不得称台湾地区副领导人为“副总统”，应称“台湾地区副领导人”。", XH_TER,
      patterns=["台湾副总统", "台湾地区副总统"], suggestions=["台湾地区副领导人"], np=["“"])
for name, py in [("李登辉", "lidenghui"), ("陈水扁", "chenshuibian"), ("马英九", "mayingjiu"), ("蔡英文", "caiyingwen"), ("赖清德", "laiqingde")]:
    x.add("zongtong-" + py, "error", "不得称台湾地区领导人为“总统”，应称“台湾地区领导人”。", XH_TER,
          patterns=[name + "总统", "总统" + name], suggestions=["台湾地区领导人" + name], np=["“", "前", "副"], nf=["”"])
x.add("zongtong-xuanju", "warning", "台湾的“总统选举”应称“台湾地区领导人选举”，简称“台湾大选”。", XH_TER,
      patterns=["台湾总统选举", "台湾总统大选", "台湾地区总统选举"], suggestions=["台湾地区领导人选举"])
x.add("zongtongfu", "warning", "台湾的“总统府”应称“台湾当局领导人办公场所”，确需直接称呼时加引号。", XH_TER,
      patterns=["总统府"], suggestions=["台湾当局领导人办公场所"], np=Q + ["南京", "南京国民政府"], nf=["”", "\"", "」"], nearby={"all": [TW]})
x.add("xingzhengyuan", "warning", "台湾“行政院”应称“台湾地区行政管理机构”，无法回避时须加引号。", XH_TER,
      patterns=["行政院"], suggestions=["台湾地区行政管理机构"], np=Q, nf=["”", "\"", "」", "校"], nearby={"all": [TW], "none": ["国民政府", "1949年以前", "民国时期"]})
x.add("xingzhengyuanzhang", "error", "对台湾“行政院长”应称“台湾地区行政管理机构负责人”。", XH_TER,
      patterns=["行政院长", "行政院院长"], suggestions=["台湾地区行政管理机构负责人"], np=Q, nf=["”", "\"", "」"],
      nearby={"all": [TW], "none": ["国民政府", "民国时期"]})
x.add("lifayuan", "warning", "台湾“立法院”应称“台湾地区立法机构”，无法回避时须加引号。", XH_TER,
      patterns=["立法院"], suggestions=["台湾地区立法机构"], np=Q, nf=["”", "\"", "」"], nearby={"all": [TW], "none": ["国民政府", "民国时期"]})
x.add("lifaweiyuan", "error", "对台湾“立法委员”应称“台湾地区民意代表”，无法回避时须加引号。", XH_TER,
      patterns=["立法委员"], suggestions=["台湾地区民意代表"], np=Q, nf=["”", "\"", "」", "会"], nearby={"none": ["国民政府", "民国时期", "立法委员会"]})
x.add("liwei", "warning", "对台湾“立委”应称“台湾地区民意代表”，无法回避时须加引号。", XH_TER,
      patterns=["立委"], suggestions=["台湾地区民意代表"], np=Q + ["成", "设", "建", "确", "创", "独", "订", "树", "自", "对", "矗", "挺", "站"],
      nf=["”", "\"", "」", "员", "会"], whole_word=True, nearby={"all": [TW]})
x.add("jianchayuan-kaoshiyuan-sifayuan", "warning", "台湾“监察院”“考试院”“司法院”等须加引号，或改用“台湾地区××机构”。", XH_TER,
      patterns=["监察院", "考试院", "司法院"], suggestions=[], np=Q + ["教育", "人事"], nf=["”", "\"", "」"], nearby={"all": [TW], "none": ["国民政府", "民国时期"]})
x.add("taiwan-guanfang-jigou", "error", "不直接使用台湾当局以“国家”“中央”名义设立的机构和职务名称，应改称“台湾地区××事务主管部门（负责人）”，确需使用时加引号。", XH_TER,
      patterns=["台湾外交部", "台湾国防部", "台湾外长", "台湾国防部长", "台湾央行", "台湾中央银行", "台湾国会", "台湾经济部", "台湾内政部", "台湾教育部",
                "台湾交通部", "台湾财政部", "台湾法务部", "台湾陆委会", "台湾国安会", "台湾总统府"],
      suggestions=[], np=["“"])
x.add("zhongyangyinhang-tw", "warning", "台湾“中央银行”应称“台湾地区货币政策主管机构”，确需使用时加引号。", XH_TER,
      patterns=["中央银行"], suggestions=["台湾地区货币政策主管机构"], np=Q, nf=["”", "\"", "」"], nearby={"all": [["台湾", "台北", "新台币", "岛内"]]})
x.add("guoli-taiwan", "warning", "对台湾冠有“国立”字样的学校和机构，使用时须去掉“国立”二字。", XH_TER,
      regex=r"国立(台湾|台北|政治|成功|中央|中山|中兴|中正|交通|阳明|清华|故宫|历史|自然科学|海洋|台中|台南|高雄|东华|暨南)", suggestions=["$1"])
x.add("zhonghuataibei", "warning", "国际组织和民间性国际交流中的台湾团组应称“中国台北”“中国台湾”；特殊情况下使用“中华台北”须事先请示。", XH_TER,
      patterns=["中华台北"], suggestions=["中国台北"], np=["“"])
x.add("taiyu", "warning", "不得将台湾民众使用的闽南话称为“台语”，应称“闽南语”或“台湾闽南语”，确需使用时加引号。", XH_TER,
      patterns=["台语"], suggestions=["台湾闽南语"], whole_word=True, np=Q + ["平", "舞", "讲", "电", "柜", "阳", "看", "站", "后", "上", "下", "擂", "前",
                                                                         "窗", "月", "展", "戏", "主", "楼", "高", "天", "吧", "登", "同", "出", "开", "竞", "灯", "烛"],
      nf=["”", "\"", "」", "言", "音", "法"])
x.add("taiwanguo", "error", "台湾是中国的一个省，任何文字都不得将台湾称作“国家”。", XH_TER + "；" + ONECHINA,
      patterns=["台湾国", "台湾共和国", "台湾民国"], suggestions=["台湾地区"], np=["“"], nf=["际", "内", "语", "民党", "画", "宝", "家公园", "营", "有", "土", "旗", "立", "中", "小", "学", "文"])
x.add("taiwan-guojia", "error", "台湾是中国的一个省，不能与其他国家并列称作“国家”；确需并列时应标明“国家和地区”。", XH_TER,
      regex=r"(?<![“\"])(台湾|中国台湾)(等|和其他|与其他|及其他)(国家)(?!和地区|或地区|\(地区\)|（地区）)", suggestions=["$1$2国家和地区"])
x.add("liangguo-xiang", "error", "两岸关系不是国与国关系，不得称“两国”。", ONECHINA + "；" + XH_TER,
      patterns=["中台两国", "两岸两国", "台湾和中国两国", "中国和台湾两国", "海峡两岸两国", "台中两国"], suggestions=["两岸"])
x.add("yibianyiguo", "error", "“一边一国”“两国论”“一中一台”“两个中国”“台湾地位未定”是分裂主张，须批驳并加引号使用。", ONECHINA,
      patterns=["一边一国", "一中一台", "两个中国", "台湾地位未定", "两国论", "特殊国与国关系"], suggestions=[], np=Q, nf=["”", "\"", "」"],
      nearby={"none": ["反对", "批驳", "所谓", "鼓吹", "抛出", "谬论", "分裂", "挑衅", "不承认", "绝不允许", "制造"]})
x.add("yizhonggebiao", "error", "不使用台湾方面“九二共识、一中各表”的说法，只提“九二共识”。", XH_TER,
      patterns=["一中各表"], suggestions=[], np=["“"], nf=["”"])
x.add("zhongtai", "error", "“台湾”与“祖国大陆（大陆）”是对应概念，不得把台湾与中国并列称为“中台”，应称“两岸”“大陆与台湾”。", XH_TER,
      patterns=["中台"], suggestions=["两岸"], np=["其", "数据", "业务", "技术", "能力", "智能", "管理", "服务", "前台", "后台", "组织", "应用", "治理",
                                              "城市", "交互", "AI", "空", "集", "心", "手", "正", "当", "途", "家", "市", "镇", "区", "村", "县", "乡", "省", "华",
                                              "舞", "讲", "月", "井", "楼", "宫"],
      nf=["办", "禅", "账", "历", "灯", "上", "下", "阶", "子"],
      nearby={"all": [["关系", "两国", "双方", "合资", "合作", "交流", "之间", "经贸", "贸易", "对话", "冲突", "统一", "问题", "建交", "断交", "政策", "往来", "局势"]],
              "scope": 3, "direction": "after"})
x.add("zhonggang", "error", "不得将香港、澳门与中国并列提及（如“中港”“中澳”），应称“内地与香港（澳门）”或“京港”“沪港”等。", XH_TER,
      patterns=["中港"], suggestions=["内地与香港"], np=["其", "集", "心", "空", "华"],
      nearby={"all": [["关系", "两地", "合作", "交流", "之间", "融合", "经贸", "贸易", "跨境", "边界", "通关", "往来", "矛盾"]], "scope": 3, "direction": "after"})
x.add("zhonggangao", "error", "不得将香港、澳门与中国并列提及，应称“内地与港澳”。", XH_TER, patterns=["中港澳"], suggestions=["内地与港澳"], np=["“"])
x.add("zhongguo-yu-gangao", "error", "不得将香港、澳门与中国并列；“香港、澳门”与“内地”是对应概念，应称“内地与香港（澳门）”。", XH_TER,
      regex=r"中国(与|和|同|跟|及)(香港|澳门|港澳)(?!特别行政区政府)", suggestions=["内地$1$2"])
x.add("zhongguo-yu-taiwan", "error", "不得将台湾与中国并列；“台湾”与“祖国大陆（大陆）”是对应概念，应称“大陆与台湾”。", XH_TER,
      regex=r"(?<!台湾是|属于)中国(与|和|同|跟|及)台湾(?!同胞|地区同胞|的关系是)", suggestions=["大陆$1台湾"])
x.add("dalu-yu-gangao", "warning", "“香港、澳门”与“内地”是对应概念，“台湾”与“大陆”是对应概念，不宜称“大陆与香港（澳门）”。", XH_TER,
      regex=r"(祖国)?大陆(与|和|同|及)(香港|澳门|港澳)(?!台)", suggestions=["内地$2$3"])
x.add("neidi-yu-taiwan", "warning", "“台湾”与“祖国大陆（大陆）”是对应概念，不宜称“内地与台湾”。", XH_TER,
      regex=r"内地(与|和|同|及)台湾", suggestions=["大陆$1台湾"])
x.add("liangansandi", "error", "不得将海峡两岸和香港并称为“两岸三地”。", XH_TER, patterns=["两岸三地"], suggestions=["海峡两岸和香港"], np=["“"])
x.add("liangansidi", "error", "不得将海峡两岸和香港、澳门并称为“两岸四地”。", XH_TER, patterns=["两岸四地"], suggestions=["海峡两岸和香港、澳门"], np=["“"])
x.add("xianggang-zhengfu", "error", "香港回归后应称“香港特别行政区政府”或“香港特区政府”，不称“香港政府”。", XH_TER + "；《中华人民共和国香港特别行政区基本法》",
      patterns=["香港政府"], suggestions=["香港特区政府"], np=["港英", "英国", "殖民"], nearby={"none": ["1997年以前", "回归前", "港英", "殖民", "1842", "1898", "19世纪"]})
x.add("aomen-zhengfu", "error", "澳门回归后应称“澳门特别行政区政府”或“澳门特区政府”，不称“澳门政府”。", XH_TER + "；《中华人民共和国澳门特别行政区基本法》",
      patterns=["澳门政府"], suggestions=["澳门特区政府"], np=["澳葡", "葡萄牙"], nearby={"none": ["1999年以前", "回归前", "澳葡", "殖民"]})
x.add("zhuquanyijiao", "error", "香港、澳门回归应称“香港（澳门）回归祖国”“中国政府对香港（澳门）恢复行使主权”，不使用“主权移交”“收回主权”。", XH_TER,
      patterns=["主权移交", "主权交接", "移交主权"], suggestions=["回归祖国"], np=["“"], nearby={"all": [["香港", "澳门", "港澳"]]})
x.add("huigui-zhongguo", "warning", "香港、澳门回归应表述为“回归祖国”。", XH_TER, patterns=["回归中国"], suggestions=["回归祖国"], nearby={"all": [["香港", "澳门", "港澳"]]})
x.add("gangaotai-laihua", "warning", "港澳台居民来内地（大陆）不称来“中国”“国内”；应称“来内地（大陆）”。", XH_TER,
      patterns=["来华旅游", "来华投资", "来华工作", "来华就业", "来华定居", "来华"], suggestions=["来内地", "来大陆"], nearby={"all": [["港澳台", "香港", "澳门", "台湾", "台胞", "港澳"]]},
      nf=["访问"])
x.rules[-1]["patterns"] = ["来华旅游", "来华投资", "来华工作", "来华就业", "来华定居", "来华"]
x.add("taidu", "warning", "“台独”“台湾独立”须加引号使用。", XH_TER, patterns=["台独", "台湾独立"], suggestions=["“台独”"], whole_word=True,
      np=Q + ["平", "舞", "讲", "灯", "烛", "月", "后", "前", "站", "阳"], nf=["”", "\"", "」", "立", "奏", "白", "家", "特", "创", "有"],
      allow=["平台独立", "平台独家", "平台独特", "舞台独白", "后台独立", "平台独有"])
x.add("gangdu", "warning", "“港独”须加引号使用。", XH_TER, patterns=["港独"], suggestions=["“港独”"], np=Q, nf=["”", "\"", "」"])
x.add("fuermosha", "error", "不得将台湾称为“福摩萨”“福尔摩沙”，如需转述须加引号。", XH_TER,
      patterns=["福摩萨", "福尔摩沙", "福尔摩萨", "Formosa"], suggestions=["台湾"], np=["“", "\""], nf=["”", "\""])
x.add("yuanzhumin-tw", "warning", "对台湾少数民族不称“原住民”，可统称“台湾少数民族”或称具体名称（如阿美人、泰雅人）；在国家正式文件中仍称“高山族”。", XH_TER,
      patterns=["原住民"], suggestions=["台湾少数民族"], np=["“"], nf=["”"], nearby={"all": [["台湾", "台东", "花莲", "屏东", "岛内"]]})
x.add("guoyu-tw", "warning", "涉及台湾所谓“国语”无法回避时应加引号，或称“普通话”。", XH_TER, patterns=["国语"], suggestions=["“国语”"], np=Q, nf=["”", "\""],
      nearby={"all": [["台湾", "岛内"]]})
x.add("haixia-zhongxian", "error", "涉及台湾海峡海域时不得使用“海峡中线”一词，确需引用时应加引号。", XH_TER, patterns=["海峡中线"], suggestions=["“海峡中线”"], np=Q, nf=["”", "\""])
x.add("sifaxiezhu-tw", "warning", "两岸事务是中国内部事务，涉台法律事务不使用国际法专门用语：用“司法互助”“遣返”“私渡”“文书查证”等。", XH_TER,
      patterns=["司法协助", "引渡", "偷渡", "文书认证"], suggestions=[], nearby={"all": [["台湾", "两岸", "台胞", "岛内"]]})
x.add("taiwan-sheng", "info", "考虑到台湾同胞心理感受，现在一般不称“台湾省”，多用“台湾地区”或“台湾”。", XH_TER, patterns=["台湾省"], suggestions=["台湾地区"],
      nf=["籍", "政府", "行政长官"], np=["中国"])
x.add("zhonghua-minguo-qi", "error", "一律不使用“中华民国”旗、徽、歌。", XH_TER, patterns=["中华民国国旗", "中华民国国歌", "中华民国国徽", "青天白日满地红旗"],
      suggestions=[], np=["“"])
x.add("taiwan-tongbao-haiwai", "warning", "台湾同胞不是“海外华人”“外籍华人”，两岸同胞同属中华民族。", XH_TER, regex=r"台湾(海外华人|华侨|外籍华人)", suggestions=["台湾同胞"])
x.add("dalu-guojia", "warning", "在国际场合涉及中国时应称“中国”或“中华人民共和国”，不能自称“大陆”。", XH_TER, regex=r"大陆(与|和)(美国|日本|英国|欧盟|俄罗斯|韩国|德国|法国)",
      suggestions=["中国$1$2"])
x.add("gangao-guojia", "error", "香港、澳门是中国的特别行政区，不得称作“国家”；与其他国家名称连用时应写“国家和地区”。", XH_TER,
      regex=r"(香港|澳门)(等|和其他|与其他|及其他)国家(?!和地区|或地区)", suggestions=["$1$2国家和地区"])
x.add("xianggang-huiguiqian-jinian", "warning", "香港回归应称“香港回归祖国××周年”。", XH_TER, regex=r"香港回归(\d+)周年", suggestions=["香港回归祖国$1周年"])

x.add("taiwan-lingdaoren", "warning", "应称“台湾地区领导人”或“台湾当局领导人”，不称“台湾领导人”。", XH_TER, patterns=["台湾领导人", "台湾最高领导人"],
      suggestions=["台湾地区领导人"], np=["“"])
x.add("gangaotai-huiguo", "warning", "港澳台居民来内地（大陆）不称“回国”“来华”，应称“来内地（大陆）”。", XH_TER,
      regex=r"(香港|澳门|台湾|港澳台|港澳)(居民|同胞|游客|青年|学生|企业家|台胞)[^，。；]{0,8}(回国|来华)", suggestions=[])
x.add("guoxiao-guozhong", "warning", "台湾的“××国小”“××国中”应称“××小学”“××初中”。", XH_TER,
      regex=r"(?<=台湾[\u4e00-\u9fa5]{0,6}[\u4e00-\u9fa5]{2})国(小|中)(?![央学国文])", suggestions=[])
x.rules.pop(); x.ids.discard("cross-guoxiao-guozhong")
# ======================= territory =======================
g = Cat("territory")
g.add("sipulatelidao", "error", "南沙群岛不得称为“斯普拉特利群岛”。", XH_TER, patterns=["斯普拉特利群岛", "斯普拉特利"], suggestions=["南沙群岛"])
g.add("palasai", "error", "西沙群岛不得称为“帕拉塞尔群岛”。", XH_TER, patterns=["帕拉塞尔群岛"], suggestions=["西沙群岛"])
g.add("jiange", "error", "钓鱼岛不得称为“尖阁群岛”“尖阁列岛”。", XH_TER, patterns=["尖阁群岛", "尖阁列岛", "尖阁诸岛"], suggestions=["钓鱼岛及其附属岛屿"])
g.add("sikabailuo", "error", "黄岩岛不得称为“斯卡伯勒浅滩”。", XH_TER, patterns=["斯卡伯勒浅滩", "斯卡伯勒礁", "帕纳塔格礁"], suggestions=["黄岩岛"])
g.add("xifeilvbinhai", "error", "不使用菲律宾所称“西菲律宾海”，应称“南海”。", XH_TER, patterns=["西菲律宾海"], suggestions=["南海"])
g.add("dongtujuesitan", "error", "严禁将新疆称为“东突厥斯坦”。", XH_TER, patterns=["东突厥斯坦"], suggestions=[], np=["“"],
      nf=["伊斯兰运动", "解放组织", "伊斯兰党", "新闻信息中心"])
g.add("zangnan", "error", "中国藏南地区不得称为“阿鲁纳恰尔邦”。", "《中华人民共和国民政部关于公布藏南地区部分地名的公告》（2017—2024年）；" + XH_TER,
      patterns=["阿鲁纳恰尔邦"], suggestions=["藏南地区"], np=["所谓", "“"])
g.add("xizang-liuwang", "error", "不承认所谓“西藏流亡政府”，应称“达赖集团”。", "国务院新闻办公室《西藏的发展与进步》白皮书（2013年）", patterns=["西藏流亡政府", "藏人行政中央"],
      suggestions=["达赖集团"], np=Q, nf=["”"])
g.add("zangdu-jiangdu", "warning", "“藏独”“疆独”等分裂主张须加引号使用。", XH_TER, patterns=["藏独", "疆独", "西藏独立", "新疆独立"], suggestions=[], np=Q, nf=["”", "\""])
g.add("waimenggu", "warning", "应称“蒙古国”；“外蒙古”是历史称谓。", MFA, patterns=["外蒙古", "外蒙"], suggestions=["蒙古国"], nf=["古"],
      nearby={"none": ["1911", "1912", "1921", "1924", "1945", "1946", "清朝", "民国"]})
g.rules[-1]["patterns"] = ["外蒙古"]
g.rules[-1].pop("not-followed-by")
g.add("neimeng", "warning", "“内蒙古自治区”的简称是“内蒙古”，不简称“内蒙”。", "《国务院关于内蒙古自治区简称问题的批复》规范；" + PLACE, patterns=["内蒙"], suggestions=["内蒙古"],
      nf=["古"])
g.add("xinjiang-zizhiqu", "error", "自治区名称不得省略民族名称：应为“新疆维吾尔自治区”。", "《中华人民共和国民族区域自治法》；" + PLACE, patterns=["新疆自治区"], suggestions=["新疆维吾尔自治区"])
g.add("guangxi-zizhiqu", "error", "自治区名称不得省略民族名称：应为“广西壮族自治区”。", "《中华人民共和国民族区域自治法》；" + PLACE, patterns=["广西自治区"], suggestions=["广西壮族自治区"])
g.add("ningxia-zizhiqu", "error", "自治区名称不得省略民族名称：应为“宁夏回族自治区”。", "《中华人民共和国民族区域自治法》；" + PLACE, patterns=["宁夏自治区"], suggestions=["宁夏回族自治区"])
g.add("neimenggu-zizhiqu", "error", "自治区名称为“内蒙古自治区”。", PLACE, patterns=["内蒙自治区", "内蒙古族自治区"], suggestions=["内蒙古自治区"])
g.add("xizang-zizhiqu", "error", "自治区名称为“西藏自治区”。", PLACE, patterns=["西藏藏族自治区"], suggestions=["西藏自治区"])
g.add("nanzhongguohai", "warning", "中文规范表述为“南海”，不用“南中国海”。", "《中国的南海政策》及外交部规范表述；" + XH_TER, patterns=["南中国海"], suggestions=["南海"])
g.add("dongzhongguohai", "warning", "中文规范表述为“东海”，不用“东中国海”。", "《中华人民共和国政府关于钓鱼岛及其附属岛屿领海基线的声明》（2012年9月10日）规范表述（东海）", patterns=["东中国海"], suggestions=["东海"])
g.add("manzhouguo", "error", "日本扶植的傀儡政权应称“伪满洲国”或“伪满”。", "中共中央党史和文献研究院《中国共产党简史》（2021年2月）规范表述（伪满洲国）；" + XH_TER, patterns=["满洲国"], suggestions=["伪满洲国"], np=["伪", "“"])
g.add("wangjingwei-zhengfu", "warning", "汪精卫傀儡政权应称“汪伪政府”或“汪伪国民政府”。", "中共中央党史和文献研究院《中国共产党简史》（2021年2月）规范表述", patterns=["汪精卫政府", "汪精卫政权", "南京国民政府（汪"],
      suggestions=["汪伪政府"], np=["“"])
g.rules[-1]["patterns"] = ["汪精卫政府", "汪精卫政权"]
g.add("riju-shiqi", "warning", "对日本侵占台湾时期，宜称“日本殖民统治时期”“日本侵占台湾时期”，不用“日据时期”。", XH_TER, patterns=["日据时期", "日治时期", "日据时代", "日治时代"],
      suggestions=["日本殖民统治时期"], np=["“"])
g.add("dadongyazhanzheng", "error", "“大东亚战争”是日本军国主义的侵略用语，应称“太平洋战争”或“抗日战争”。", "中共中央党史和文献研究院《中国共产党简史》（2021年2月）规范表述", patterns=["大东亚战争", "大东亚共荣圈"], suggestions=[],
      np=["“", "所谓"], nf=["”"])
g.add("zhina", "error", "“支那”是对中国的侮辱性称呼，不得使用。", XH_ETH + "（不得使用带有污辱性的称呼）", patterns=["支那"], suggestions=["中国"], np=["“"], nf=["”"], whole_word=True)
g.add("diaoyutai-lieyu", "warning", "钓鱼岛的规范名称为“钓鱼岛及其附属岛屿”。", "国务院新闻办公室《钓鱼岛是中国的固有领土》白皮书（2012年9月）", patterns=["钓鱼台列屿", "钓鱼台群岛"],
      suggestions=["钓鱼岛及其附属岛屿"])
g.add("nanhai-zhongcai", "warning", "对所谓“南海仲裁案”裁决须加“所谓”或引号，中国不接受、不承认。", "《中华人民共和国政府关于在南海的领土主权和海洋权益的声明》（2016年7月12日）",
      patterns=["南海仲裁案"], suggestions=["所谓“南海仲裁案”"], np=Q, nf=["”"])
g.add("xianggang-guojia", "error", "香港、澳门、台湾不是国家，不得与其他国家并列称“国家”，应写“国家和地区”。", XH_TER,
      regex=r"(?<!和|及)(香港|澳门|台湾)(等国|等各国|等国家)(?!和地区)", suggestions=["$1等国家和地区"])

# administrative divisions renamed or abolished (民政部 approvals); history stays clean (原…, dated sentences)
for old, new, year, date, py in [("思茅市", "普洱市", 2007, "2007-01-21", "simaoshi"), ("大庸市", "张家界市", 1994, "1994-04-04", "dayongshi"),
                                 ("淮阴市", "淮安市", 2001, "2001-02-09", "huaiyinshi"), ("通什市", "五指山市", 2001, "2001-07-10", "tongshishi"),
                                 ("毕节地区", "毕节市", 2011, "2011-10-22", "bijiediqu"), ("铜仁地区", "铜仁市", 2011, "2011-10-22", "tongrendiqu"),
                                 ("海东地区", "海东市", 2013, "2013-02-08", "haidongdiqu"), ("日喀则地区", "日喀则市", 2014, "2014-06-26", "rikazediqu"),
                                 ("昌都地区", "昌都市", 2014, "2014-10-09", "changdudiqu"), ("吐鲁番地区", "吐鲁番市", 2015, "2015-03-16", "tulufandiqu"),
                                 ("林芝地区", "林芝市", 2015, "2015-03-16", "linzhidiqu"), ("哈密地区", "哈密市", 2016, "2016-02-18", "hamidiqu"),
                                 ("山南地区", "山南市", 2016, "2016-02-05", "shannandiqu"), ("那曲地区", "那曲市", 2017, "2017-07-18", "naqudiqu"),
                                 ("莱芜市", "济南市莱芜区", 2019, "2019-01-09", "laiwushi"), ("郫县", "郫都区", 2016, "2016-11-21", "pixian")]:
    g.add("division-" + py, "warning", "经国务院批准，“" + old + "”已于" + str(year) + "年调整为“" + new + "”，现行表述请用新名称（历史表述请加“原”）。",
          "国务院批复同意调整" + old + "行政区划（" + str(year) + "年）；民政部《中华人民共和国行政区划简册》", patterns=[old], suggestions=[new],
          np=["原", "前"], nf=["豆瓣"] if py == "pixian" else None, nearby={"none": years_before(year)}, effective=date)
# ======================= ethnic-religious =======================
e = Cat("ethnic-religious")
e.add("mengzu", "error", "不能随意简称民族名称：“蒙古族”不能简称为“蒙族”。", XH_ETH, patterns=["蒙族"], suggestions=["蒙古族"], nf=["古"])
e.add("weizu", "error", "不能随意简称民族名称：“维吾尔族”不能简称为“维族”。", XH_ETH, patterns=["维族"], suggestions=["维吾尔族"], np=["思", "纤", "东"])
e.add("xianzu", "error", "不能随意简称民族名称：“朝鲜族”不能简称为“鲜族”。", XH_ETH, patterns=["鲜族"], suggestions=["朝鲜族"], np=["朝", "新"])
e.add("hasa", "error", "不能随意简称民族名称：“哈萨克族”不能简称为“哈萨”“哈族”。", XH_ETH, patterns=["哈萨族", "哈族"], suggestions=["哈萨克族"], np=["哈", "嘻"])
e.add("huihui", "warning", "不使用旧社会流传的带有污辱性的民族称呼（如“回回”），应使用“回族”。", XH_ETH, patterns=["回回"], suggestions=["回族"], whole_word=True,
      np=["一", "每", "这", "那", "几", "两", "来"], nf=["合", "都", "头", "生"])
e.add("manzi", "error", "不使用旧社会流传的带有污辱性的民族称呼（如“蛮子”）。", XH_ETH, patterns=["蛮子"], suggestions=[], whole_word=True)
e.add("yiren-old", "warning", "不使用旧社会带有污辱性的民族称呼，应使用“彝族”等规范名称。", XH_ETH, patterns=["夷人", "倮倮", "猓猓", "猓猡", "倮罗"], suggestions=["彝族"])
e.add("dazi", "error", "不使用旧社会流传的带有污辱性的民族称呼（如“鞑子”）。", XH_ETH, patterns=["鞑子"], suggestions=[], whole_word=True)
e.add("menggudaifu", "error", "禁用含有民族名称的污辱性说法：不得用“蒙古大夫”指代“庸医”。", XH_ETH, patterns=["蒙古大夫"], suggestions=["庸医"])
e.add("mengguzheng", "error", "禁用含有民族名称的污辱性说法：不得用“蒙古症”“蒙古人”指代先天愚型，医学规范名称为“唐氏综合征”。", XH_ETH,
      patterns=["蒙古症", "蒙古痴呆", "蒙古白痴"], suggestions=["唐氏综合征"])
for wrong, right, py in [("摩梭族", "摩梭人", "mosuo"), ("撒尼族", "撒尼人", "sani"), ("穿青族", "穿青人", "chuanqing"), ("川青族", "穿青人", "chuanqing2"),
                         ("僜族", "僜人", "deng"), ("夏尔巴族", "夏尔巴人", "xiaerba"), ("克木族", "克木人", "kemu"), ("苦聪族", "苦聪人", "kucong"),
                         ("莽族", "莽人", "mang"), ("阿细族", "阿细人", "axi"), ("土生葡人族", "土生葡人", "tushengpu")]:
    e.add("zhixi-" + py, "error", "少数民族支系、部落不能称为民族，只能称为“××人”（如“" + right + "”）。", XH_ETH, patterns=[wrong], suggestions=[right])
e.add("tujuezu", "error", "不要把古代民族名称与后世民族名称混淆：不能将哈萨克族、乌孜别克族等泛称为“突厥族”。", XH_ETH, patterns=["突厥族"], suggestions=[])
e.add("huizu-yisilanjiao", "error", "“穆斯林”是伊斯兰教信徒的通称，不能把宗教和民族混为一谈。", XH_ETH,
      patterns=["回族就是伊斯兰教", "伊斯兰教就是回族", "回族是伊斯兰教", "伊斯兰教是回族"], suggestions=[])
e.add("musilin-sha", "warning", "穆斯林宰牛羊及家禽，只说“宰”，不能写作“杀”。", XH_ETH, regex=r"杀(牛|羊|鸡|鸭|鹅|骆驼|牲)", suggestions=["宰$1"],
      nearby={"all": [["穆斯林", "清真", "古尔邦", "开斋", "回族", "伊斯兰"]]})
e.add("huijiao", "warning", "“回教”是伊斯兰教的旧称，应称“伊斯兰教”。", XH_ETH, patterns=["回教徒", "回教"], suggestions=["伊斯兰教"], nf=["授", "育", "练", "室", "学", "徒"],
      np=["一", "来", "这", "每", "几"])
e.rules[-1]["patterns"] = ["回教"]
e.add("huijiaotu", "warning", "“回教徒”是旧称，应称“穆斯林”。", XH_ETH, patterns=["回教徒"], suggestions=["穆斯林"])
e.add("lamajiao", "warning", "“喇嘛教”是旧称，应称“藏传佛教”。", "国家宗教事务局规范表述；" + XH_ETH, patterns=["喇嘛教"], suggestions=["藏传佛教"])
e.add("tongzu", "error", "“僮族”已于1965年经国务院批准改为“壮族”。", "国务院1965年10月12日批准将“僮族”改为“壮族”", patterns=["僮族", "獞族"], suggestions=["壮族"])
e.add("yaozu-old", "error", "瑶族旧称带有污辱性，应写“瑶族”。", XH_ETH, patterns=["猺族", "傜族"], suggestions=["瑶族"])
e.add("maonanzu", "error", "“毛难族”已于1986年经国务院批准改为“毛南族”。", "国务院1986年6月批准将“毛难族”改为“毛南族”", patterns=["毛难族"], suggestions=["毛南族"])
e.add("benglongzu", "error", "“崩龙族”已于1985年经国务院批准改为“德昂族”。", "国务院1985年9月批准将“崩龙族”改为“德昂族”", patterns=["崩龙族"], suggestions=["德昂族"])
e.add("kawazu", "error", "“卡瓦族”“佧佤族”已改为“佤族”。", "国务院1962—1963年批准将“卡瓦族”改为“佤族”", patterns=["卡瓦族", "佧佤族"], suggestions=["佤族"])
e.add("shezu-typo", "error", "民族名称为“畲族”（shē），不是“畬族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["畬族"], suggestions=["畲族"], exact=True)
e.add("wuzibiekezu", "error", "我国民族名称为“乌孜别克族”（国名为“乌兹别克斯坦”）。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["乌兹别克族"], suggestions=["乌孜别克族"])
e.add("keerkezizu", "error", "民族名称为“柯尔克孜族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["柯尔克兹族", "吉尔吉斯族"], suggestions=["柯尔克孜族"])
e.add("weiwuerzu-typo", "error", "民族名称为“维吾尔族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["维吾儿族", "维吾耳族", "维乌尔族"],
      suggestions=["维吾尔族"])
e.add("dawoerzu-typo", "error", "民族名称为“达斡尔族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["达斡儿族", "达翰尔族", "达干尔族"], suggestions=["达斡尔族"])
e.add("buyizu-typo", "error", "民族名称为“布依族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["布衣族", "布伊族"], suggestions=["布依族"])
e.add("lisuzu-typo", "error", "民族名称为“傈僳族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["傈傈族", "僳僳族", "粟粟族", "傈粟族"], suggestions=["傈僳族"])
e.add("gelaozu-typo", "error", "民族名称为“仡佬族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["圪佬族", "仡老族", "吃佬族"], suggestions=["仡佬族"])
e.add("elunchunzu-typo", "error", "民族名称为“鄂伦春族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["鄂仑春族", "鄂伦纯族"], suggestions=["鄂伦春族"])
e.add("ewenkezu-typo", "error", "民族名称为“鄂温克族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["鄂温可族", "鄂文克族"], suggestions=["鄂温克族"])
e.add("lahuzu-typo", "error", "民族名称为“拉祜族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["拉估族", "拉祐族", "拉枯族"], suggestions=["拉祜族"])
e.add("tajikezu-typo", "error", "民族名称为“塔吉克族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["塔吉可族", "塔际克族"], suggestions=["塔吉克族"])
e.add("sala-typo", "error", "民族名称为“撒拉族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["萨拉族"], suggestions=["撒拉族"])
e.add("dongxiang-typo", "error", "民族名称为“景颇族”。", "《中国各民族名称的罗马字母拼写法和代码》（GB/T 3304—1991）", patterns=["景坡族", "景波族"], suggestions=["景颇族"])
e.add("gaolijugaoli", "warning", "不要把古代民族名称与后世名称混淆：不能将“高句丽”称为“高丽”。", XH_ETH, patterns=["高句丽"], suggestions=[])
e.rules.pop(); e.ids.discard("ethnic-gaolijugaoli")
e.add("musilin-guojia", "error", "不使用“穆斯林国家”“穆斯林世界”，而要用“伊斯兰国家”“伊斯兰世界”。", XH_INT,
      regex=r"穆斯林(国家|世界)", suggestions=["伊斯兰$1"])
e.add("yuanjiaozhi", "error", "公开报道不使用“伊斯兰原教旨主义（者）”，可用“宗教激进主义（者）”。", XH_INT,
      patterns=["伊斯兰原教旨主义"], suggestions=["宗教激进主义"])
e.add("jijin-yisilan", "error", "应使用“伊斯兰激进组织（分子）”，不用“激进伊斯兰组织（分子）”。", XH_INT, regex=r"激进伊斯兰(组织|分子|武装|势力)", suggestions=["伊斯兰激进$1"])
e.add("huimin-zhu", "info", "涉及信仰伊斯兰教的民族的报道，不得提及与猪相关的内容。", XH_ETH, regex=r"猪(肉|油|年)", suggestions=[],
      nearby={"all": [["穆斯林", "清真", "回族", "伊斯兰", "开斋", "古尔邦"]]})

# ======================= international =======================
n = Cat("international")
n.add("beichaoxian", "error", "不得使用“北朝鲜”称呼朝鲜民主主义人民共和国，可直接简称“朝鲜”。", XH_INT, patterns=["北朝鲜", "北韩"], suggestions=["朝鲜"])
n.add("nanchaoxian", "warning", "大韩民国的规范简称为“韩国”（1992年中韩建交后）。", MFA, patterns=["南朝鲜", "南韩"], suggestions=["韩国"],
      nearby={"none": ["195", "196", "197", "198", "1990", "1991", "朝鲜战争", "抗美援朝"]})
n.add("chengyuanguo", "error", "有的国际组织的成员中包括地区，不得使用“成员国”，应使用“成员”或“成员方”（如世界贸易组织、亚太经合组织）。", XH_INT,
      regex=r"(世界贸易组织|世贸组织|WTO|亚太经合组织|亚太经济合作组织|APEC|亚洲开发银行|亚行|国际奥委会|国际奥林匹克委员会)(的)?成员国", suggestions=["$1$2成员"])
n.add("alabominbing", "warning", "在达尔富尔报道中不使用“阿拉伯民兵”，而应使用“武装民兵”或“部族武装”。", XH_INT, patterns=["阿拉伯民兵"], suggestions=["武装民兵"])
n.add("heirendaitu", "warning", "报道犯罪和冲突时不刻意突出肤色、种族特征，如“黑人歹徒”应写作“歹徒”。", XH_INT,
      regex=r"(黑人|白人|黄种人|亚裔|非裔|拉丁裔)(歹徒|罪犯|嫌犯|暴徒|劫匪|小偷|毒贩)", suggestions=["$2"])
n.add("shizijun", "warning", "报道中不要使用“十字军”等说法（历史上的“十字军东征”除外）。", XH_INT, patterns=["十字军"], suggestions=[], nf=["东征", "远征", "骑士"],
      nearby={"none": ["中世纪", "1096", "11世纪", "12世纪", "13世纪", "历史上"]})
n.add("zhanshou", "warning", "人质报道中不使用“斩首”，可使用“杀害”。", XH_INT, patterns=["斩首"], suggestions=["杀害"], nearby={"all": [["人质", "绑架", "极端组织", "恐怖组织"]]})
n.add("yisilanguo", "warning", "“伊斯兰国”应使用“‘伊斯兰国’极端组织”或“‘伊斯兰国’组织”，不单独使用。", XH_INT,
      patterns=["伊斯兰国"], suggestions=["“伊斯兰国”极端组织"], np=["“"], nf=["家", "际", "”", "极端组织", "组织", "\""])
n.add("heifeizhou", "error", "不使用“黑非洲”，应使用“撒哈拉以南非洲”。", XH_INT, patterns=["黑非洲"], suggestions=["撒哈拉以南非洲"])
n.add("qiansulian", "warning", "不使用“前苏联”，应称“苏联”。", XH_INT, patterns=["前苏联"], suggestions=["苏联"])
n.add("kesuowo", "warning", "中国不承认科索沃单方面宣布独立，应称“科索沃”，不称“科索沃共和国”。", "外交部发言人表态（2008年2月18日）", patterns=["科索沃共和国"], suggestions=["科索沃"])
n.add("beisaipulusi", "warning", "“北塞浦路斯土耳其共和国”未获中国承认，应称“塞浦路斯北部地区”。", MFA, patterns=["北塞浦路斯土耳其共和国"], suggestions=["塞浦路斯北部地区"])
n.add("beimaqidun", "warning", "马其顿共和国2019年2月更名为“北马其顿共和国”。", MFA, patterns=["马其顿共和国"], suggestions=["北马其顿共和国"], np=["北", "前南斯拉夫的"],
      nearby={"none": years_before(2019)}, effective="2019-02-12")
n.add("siweishilan", "warning", "斯威士兰王国2018年更名为“埃斯瓦蒂尼王国”。", MFA, patterns=["斯威士兰"], suggestions=["埃斯瓦蒂尼"], nearby={"none": years_before(2018)},
      effective="2018-04-19")
n.add("zhayier", "warning", "扎伊尔1997年改名为刚果民主共和国，简称“刚果（金）”。", MFA, patterns=["扎伊尔"], suggestions=["刚果（金）"], nearby={"none": years_before(1997)})
n.add("xilan", "warning", "锡兰1972年改称斯里兰卡。", MFA, patterns=["锡兰"], suggestions=["斯里兰卡"], nf=["红茶", "茶", "肉桂"], nearby={"none": years_before(1972)})
n.add("dahemei", "warning", "达荷美1975年改称贝宁。", MFA, patterns=["达荷美"], suggestions=["贝宁"], nearby={"none": years_before(1975)})
n.add("shangwoerte", "warning", "上沃尔特1984年改称布基纳法索。", MFA, patterns=["上沃尔特"], suggestions=["布基纳法索"], nearby={"none": years_before(1984)})
n.add("xisamoya", "warning", "西萨摩亚1997年改称萨摩亚。", MFA, patterns=["西萨摩亚"], suggestions=["萨摩亚"], nearby={"none": years_before(1997)})
n.add("mengjiala", "info", "国名为“孟加拉国”（“孟加拉”是地区名）。", MFA, patterns=["孟加拉共和国"], suggestions=["孟加拉国"])
for wrong, right, py in [("纽西兰", "新西兰", "niuxilan"), ("寮国", "老挝", "liaoguo"), ("汶莱", "文莱", "wenlai"), ("义大利", "意大利", "yidali"),
                         ("沙乌地阿拉伯", "沙特阿拉伯", "shawudi"), ("索马利亚", "索马里", "suomaliya"), ("坦尚尼亚", "坦桑尼亚", "tanshangniya"),
                         ("甘比亚", "冈比亚", "ganbiya"), ("尚比亚", "赞比亚", "shangbiya"), ("辛巴威", "津巴布韦", "xinbawei"), ("波札那", "博茨瓦纳", "bozhana"),
                         ("马拉威", "马拉维", "malawei"), ("莫三比克", "莫桑比克", "mosanbike"), ("突尼西亚", "突尼斯", "tunixiya"), ("叶门", "也门", "yemen"),
                         ("贝里斯", "伯利兹", "beilisi"), ("瓜地马拉", "危地马拉", "guadimala"), ("宏都拉斯", "洪都拉斯", "hongdulasi"),
                         ("哥斯大黎加", "哥斯达黎加", "gesidalijia"), ("多明尼加", "多米尼加", "duomingjia"), ("千里达及托巴哥", "特立尼达和多巴哥", "qianlida"),
                         ("苏利南", "苏里南", "sulinan"), ("马尔地夫", "马尔代夫", "maerdifu"), ("吉里巴斯", "基里巴斯", "jilibasi"), ("吐瓦鲁", "图瓦卢", "tuwalu"),
                         ("万那杜", "瓦努阿图", "wannadu"), ("索罗门群岛", "所罗门群岛", "suoluomen"), ("帛琉", "帕劳", "boliu"),
                         ("巴布亚纽几内亚", "巴布亚新几内亚", "babuyaniujineiya"), ("克罗埃西亚", "克罗地亚", "keluoaixiya"), ("斯洛维尼亚", "斯洛文尼亚", "siluoweiniya"),
                         ("蒙特内哥罗", "黑山", "mengteneigeluo"), ("列支敦斯登", "列支敦士登", "liezhidunsideng"), ("圣马利诺", "圣马力诺", "shengmalinuo"),
                         ("马尔他", "马耳他", "maerta"), ("赛普勒斯", "塞浦路斯", "saipulesi"), ("亚塞拜然", "阿塞拜疆", "yasaibairan"),
                         ("肯亚", "肯尼亚", "kenya"), ("象牙海岸", "科特迪瓦", "xiangyahaian"), ("卢安达", "卢旺达", "luanda"), ("蒲隆地", "布隆迪", "pulongdi"),
                         ("厄利垂亚", "厄立特里亚", "eliichuiya"), ("模里西斯", "毛里求斯", "molixisi"), ("塞席尔", "塞舌尔", "saixier"), ("葛摩", "科摩罗", "gemo"),
                         ("史瓦济兰", "埃斯瓦蒂尼", "shiwajilan"), ("波士尼亚与赫塞哥维纳", "波斯尼亚和黑塞哥维那", "bosiniya"), ("阿拉伯联合大公国", "阿拉伯联合酋长国", "alabolianhedagongguo"),
                         ("卡达", "卡塔尔", "kada"), ("星加坡", "新加坡", "xingjiapo"), ("纽澳", "新西兰和澳大利亚", "niuao"),
                         ("维德角", "佛得角", "weidejiao"), ("几内亚比索", "几内亚比绍", "jineiyabisuo"), ("吉布地", "吉布提", "jibudi"),
                         ("茅利塔尼亚", "毛里塔尼亚", "maolitaniya"), ("赖比瑞亚", "利比里亚", "laibiruiya"), ("迦纳", "加纳", "jiana"),
                         ("奈及利亚", "尼日利亚", "naijiliya"), ("加彭", "加蓬", "jiapeng"), ("衣索比亚", "埃塞俄比亚", "yisuobiya"),
                         ("诺鲁", "瑙鲁", "nuolu"), ("格瑞那达", "格林纳达", "geruinada"), ("圣露西亚", "圣卢西亚", "shengluxiya"),
                         ("盖亚那", "圭亚那", "gaiyana"), ("赖索托", "莱索托", "laisuotuo"), ("乌兹别克共和国", "乌兹别克斯坦", "wuzibiekegongheguo")]:
    kw = {}
    if wrong in ("卡达", "肯亚", "葛摩", "纽澳", "迦纳", "诺鲁", "加彭"):
        kw["whole_word"] = False
        kw["nearby"] = {"all": [["国", "总统", "首都", "外交", "大使", "总理", "政府", "访问", "非洲", "中东", "海湾"]]}
    n.add("yiming-" + py, "warning", "规范中文国名为“" + right + "”，“" + wrong + "”是港台或旧译名。", MFA, patterns=[wrong], suggestions=[right], **kw)
n.add("miandian-lianbang", "warning", "缅甸国名自2010年起为“缅甸联邦共和国”，简称“缅甸”。", MFA, patterns=["缅甸联邦"], suggestions=["缅甸联邦共和国"], nf=["共和国"],
      nearby={"none": years_before(2010)}, effective="2010-10-21")
n.add("hanzhan", "warning", "规范表述为“朝鲜战争”或“抗美援朝战争”（中国人民志愿军参战）。", "习近平《在纪念中国人民志愿军抗美援朝出国作战70周年大会上的讲话》（2020年10月23日）规范表述“抗美援朝战争”", patterns=["韩战"], suggestions=["朝鲜战争"])

# ======================= discriminatory =======================
d = Cat("discriminatory")
for wrong, right, py, sev in [("残废人", "残疾人", "canfeiren", "error"), ("残废军人", "残疾军人", "canfeijunren", "error"), ("瞎子", "盲人", "xiazi", "error"),
                              ("聋子", "聋人", "longzi", "error"), ("傻子", "智力障碍者", "shazi", "error"), ("弱智儿童", "智力障碍儿童", "ruozhiertong", "error"),
                              ("哑巴", "言语残疾人", "yaba", "warning"), ("瘸子", "肢体残疾人", "quezi", "warning"), ("瘫子", "肢体残疾人", "tanzi", "warning"),
                              ("白痴", "智力障碍者", "baichi", "warning"), ("智障人士", "智力障碍者", "zhizhangrenshi", "warning"), ("弱智", "智力障碍者", "ruozhi", "error"),
                              ("残废", "残疾", "canfei", "error"), ("聋哑人", "听力言语残疾人", "longyaren", "info"), ("呆子", None, "daizi", "error"),
                              ("独眼龙", None, "duyanlong", "error"), ("疯子", "精神障碍患者", "fengzi", "warning"), ("神经病人", "精神障碍患者", "shenjingbingren", "warning"),
                              ("精神病人", "精神障碍患者", "jingshenbingren", "info"), ("侏儒", "身材矮小者", "zhuru", "info")]:
    kw = {}
    if py in ("xiazi", "longzi", "shazi", "daizi", "yaba", "quezi", "tanzi", "fengzi", "baichi"):
        kw["whole_word"] = True
    if py == "ruozhi":
        kw["nf"] = ["儿童", "人"]
    if py == "canfei":
        kw["nf"] = ["人", "军人"]
    if py == "daizi":
        kw["np"] = ["书", "发", "小"]
    if py == "xiazi":
        kw["np"] = ["摸", "虾", "黑"]
        kw["nf"] = ["摸"]
    if py == "baichi":
        kw["np"] = ["洁"]
    if py == "yaba":
        kw["nf"] = ["亏"]
    if py == "tanzi":
        kw["np"] = ["摊", "地", "果", "菜"]
    d.add("disability-" + py, sev, "对有身体伤疾的人士不使用“" + wrong + "”等蔑称，而应使用“残疾人”“盲人”“聋人”“智力障碍者”等词语。", XH_SOC + "第1条；《中华人民共和国残疾人保障法》",
          patterns=[wrong], suggestions=[right] if right else [], **kw)
d.add("yingdi-yinghou", "info", "对文艺界人士不使用“影帝”“影后”“巨星”“天王”“男神”“女神”等词语，可使用“著名演员”“著名艺术家”。", XH_SOC,
      patterns=["影帝", "影后", "巨星", "天王巨星", "男神", "女神"], suggestions=["著名演员"], np=["天"], nf=["节"])
d.add("yiyaofengkuang", "warning", "医药报道中不得含有“疗效最佳”“根治”“药到病除”“无效退款”等词语。", XH_SOC + "第3条；《中华人民共和国广告法》第十六条",
      patterns=["疗效最佳", "药到病除", "无效退款", "安全无副作用", "药之王", "国家级新药", "包治百病", "根治率"], suggestions=[])
d.add("jiduanpingjia", "info", "报道产品、商品时不使用“最佳”“最好”“最著名”等具有强烈评价色彩的词语。", XH_SOC + "第2条；《中华人民共和国广告法》第九条",
      patterns=["国家级产品", "全国第一品牌", "世界级品牌", "最高级", "顶级品牌"], suggestions=[])
d.add("zuifan-weipan", "info", "对刑事案件当事人，在法院宣判有罪之前不使用“罪犯”，而应使用“犯罪嫌疑人”。", XH_LAW, patterns=["罪犯"], suggestions=["犯罪嫌疑人"],
      nearby={"all": [["涉嫌", "被抓", "抓获", "刑事拘留", "被拘", "逮捕", "立案侦查", "审查起诉"]], "none": ["判决", "判处", "服刑", "监狱", "减刑", "假释", "刑满"]})
d.add("xianfan", "info", "“嫌犯”为不规范简称，应使用“犯罪嫌疑人”。", XH_LAW, patterns=["嫌犯"], suggestions=["犯罪嫌疑人"])
d.add("beigao-minshi", "info", "民事、行政案件中的被告不称“被告人”（“被告人”是刑事诉讼用语）。", XH_LAW, patterns=["被告人"], suggestions=["被告"],
      nearby={"all": [["民事", "行政诉讼", "合同纠纷", "离婚", "侵权纠纷"]]})
d.add("zanghua", "warning", "新闻信息报道中不使用脏话、俚语、黑话及网络缩略脏语。", XH_SOC + "第6条",
      patterns=["他妈的", "妈的", "哇噻", "草泥马", "特么的", "尼玛", "卧槽", "我靠", "装逼", "牛逼", "傻逼", "撕逼", "逗比", "屌丝", "本屌", "呆逼", "爆菊",
                "玛拉戈壁", "法克鱿", "丢你老母", "TMD", "SB", "NB"], suggestions=[])
d.rules[-1]["patterns"] = ["妈的", "哇噻", "草泥马", "特么的", "卧槽", "装逼", "牛逼", "傻逼", "撕逼", "逗比", "屌丝", "本屌", "呆逼", "爆菊",
                           "玛拉戈壁", "法克鱿", "丢你老母"]
d.rules[-1]["not-preceded-by"] = ["他", "妈"]
d.rules[-1]["allow"] = ["他妈的"]
d.rules[-1].pop("allow")
d.add("zanghua-tamade", "warning", "新闻信息报道中不使用脏话。", XH_SOC + "第6条", patterns=["他妈的"], suggestions=[])
d.add("heigui", "error", "“黑鬼”是种族歧视性蔑称，不得使用。", XH_INT + "（不刻意突出肤色、种族）；" + XH_ETH + "（不得使用污辱性称呼）", patterns=["黑鬼"], suggestions=["黑人"],
      whole_word=True)
d.add("yangguizi", "warning", "“洋鬼子”“鬼佬”“老毛子”等是对外国人的蔑称，不得使用。", XH_ETH + "（不得使用污辱性称呼）", patterns=["洋鬼子", "鬼佬", "老毛子", "小日本", "倭奴"],
      suggestions=["外国人"], np=["“"])
d.add("nongmingong-wailai", "info", "宜使用“外来务工人员”“进城务工人员”等称谓，慎用“外来妹”“打工妹”“盲流”。", XH_SOC + "第7条（不有意突出某一群体身份）",
      patterns=["外来妹", "打工妹", "打工仔", "盲流"], suggestions=["外来务工人员"])
d.add("puton-qunzhong-contrast", "info", "报道中一般不有意突出某一类型群体或某一种身份（如灾祸报道中“死难者中有一名北大学生，其余为普通群众”）。", XH_SOC + "第7条",
      regex=r"其余(为|是)普通(群众|人|民众)", suggestions=[])
d.add("zhuiixing-yongyu", "info", "“玉米”“凉粉”等追星群体的特殊称谓不用于新闻信息报道。", XH_SOC, patterns=["粉丝团", "饭圈"], suggestions=[])
d.add("aizibing-ren", "info", "宜称“艾滋病患者”“艾滋病病毒感染者”，避免“艾滋病人”等带歧视色彩的说法。", XH_LAW + "第7条（艾滋病患者隐私）；《艾滋病防治条例》（2019年修订）",
      patterns=["艾滋病人", "爱滋病人"], suggestions=["艾滋病患者"])
d.add("aizibing-typo", "error", "规范写法为“艾滋病”。", "《艾滋病防治条例》（国务院令第457号）", patterns=["爱滋病"], suggestions=["艾滋病"])
d.add("jingshenbing-mingzi", "info", "精神病患者、艾滋病患者、未成年人等特定对象不宜公开真实姓名，可使用“张某”“李某”。", XH_LAW + "第7条",
      regex=r"(精神病患者|艾滋病患者|吸毒人员|未成年人)([\u4e00-\u9fa5]{1})([\u4e00-\u9fa5]{1,2})(?=[，。、])", suggestions=[])
d.rules.pop(); d.ids.discard("discriminatory-jingshenbing-mingzi")

if __name__ == "__main__":
    for k in (x, g, e, n, d):
        print(k.category, len(k.rules))
