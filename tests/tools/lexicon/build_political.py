from common import *

# ======================= political-term =======================
p = Cat("political-term")
CELEB = ["建党", "中国共产党成立", "党成立", "党的生日", "建国", "新中国成立", "中华人民共和国成立", "共和国成立", "建军", "中国人民解放军建军",
         "人民军队建军", "改革开放", "香港回归", "澳门回归", "香港回归祖国", "澳门回归祖国", "人民代表大会成立", "人民政治协商会议成立",
         "自治区成立", "自治州成立", "自治县成立", "建区", "建市", "建县", "建州"]
p.add("jinian-jiandang", "error",
      "“纪念”用于逝者和已经过去的事件；建党、新中国成立、建军、改革开放、港澳回归等周年应用“庆祝”（如“庆祝中国共产党成立100周年”）。纪念人物诞辰、重大历史事件（如辛亥革命、抗战胜利）仍用“纪念”。",
      GOVWEB + "；中央文件及中央主要媒体规范表述（2021年7月1日“庆祝中国共产党成立100周年大会”）",
      patterns=["纪念"], suggestions=["庆祝"],
      nf=["馆", "碑", "章", "币", "品", "邮票", "日", "堂", "林", "园", "塔", "亭", "封", "册", "意义", "性", "照", "物", "地", "钞", "像", "会", "活动中心"],
      nearby={"all": [CELEB, ["周年"]], "none": ["诞辰", "逝世", "牺牲", "遇难", "罹难", "殉职", "胜利", "起义", "运动", "战役", "长征", "革命"],
              "direction": "after", "scope": "sentence"})
p.add("jiandang-nian", "error", "周年纪念的表述应为“建党××周年”，“建党××年”用作纪念日名称不规范。",
      GOVWEB + "；中央文件规范表述“庆祝中国共产党成立100周年”",
      regex=r"建党(\d{1,3})年(?![来间里中度代初末以后前时])", suggestions=["建党$1周年"])
p.add("jianguo-nian", "error", "周年纪念的表述应为“建国××周年”（中华人民共和国成立××周年），“建国××年”用作纪念日名称不规范。",
      GOVWEB + "；中央文件规范表述“庆祝中华人民共和国成立70周年”",
      regex=r"建国(\d{1,3})年(?![来间里中度代初末以后前时])", suggestions=["建国$1周年"])
p.add("jianjun-nian", "error", "周年纪念的表述应为“建军××周年”，“建军××年”用作纪念日名称不规范。", GOVWEB + "；中央文件规范表述“庆祝中国人民解放军建军90周年”",
      regex=r"建军(\d{1,3})年(?![来间里中度代初末以后前时])", suggestions=["建军$1周年"])
p.add("jiandang-zhounian-chinese", "info", "公文中周年数宜用阿拉伯数字（如“建党100周年”）。", "《出版物上数字用法》（GB/T 15835—2011）；" + GOVWEB,
      regex=r"建党([一二三四五六七八九十百]{1,4})周年", suggestions=[])
p.add("buwangchuxin-comma", "warning", "“不忘初心、牢记使命”是固定表述（主题教育名称），两个短语之间用顿号。",
      "《中共中央关于在全党开展“不忘初心、牢记使命”主题教育的意见》（2019年5月）",
      patterns=["不忘初心，牢记使命", "不忘初心,牢记使命", "不忘初心 牢记使命", "不忘初心　牢记使命", "不忘初心;牢记使命", "不忘初心；牢记使命"],
      suggestions=["不忘初心、牢记使命"], exact=True)
p.add("sigeyishi-comma", "warning", "“增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’”是固定表述，三个短语之间用顿号。",
      "党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）规范表述",
      regex=r"增强“?四个意识”?[，,]坚定“?四个自信”?", suggestions=[])
p.add("yidaiyilu-zhanlue", "error", "“一带一路”是倡议，不使用“一带一路”战略的提法。", XH_SOC,
      regex=r"([“\"‘]?)一带一路([”\"’]?)战略", suggestions=["$1一带一路$2倡议"])
p.add("yidaiyilu-gongcheng", "warning", "“一带一路”是倡议，慎用“一带一路”工程、计划等提法。", XH_SOC,
      regex=r"([“\"‘]?)一带一路([”\"’]?)(工程|计划)", suggestions=["$1一带一路$2倡议"])
p.add("barongbachi", "error", "不使用“八荣八耻”的提法，应使用“社会主义荣辱观”。", XH_SOC,
      patterns=["“八荣八耻”", "八荣八耻"], suggestions=["社会主义荣辱观"])
p.add("zhengfubaogao", "warning", "人民代表大会审议的是“政府工作报告”，不宜简称“政府报告”。", GOVWEB + "；历年《政府工作报告》规范名称",
      patterns=["政府报告"], suggestions=["政府工作报告"],
      np=["向", "向市", "向区", "向县", "向省", "向乡", "向镇", "向本级", "向上级", "向同级", "人民", "及时", "并"],
      nf=["厅", "情况", "工作情况", "有关", "相关", "并", "后", "备案", "批准", "同意", "审批"])
p.add("quanguogeshengshi", "warning", "全国省级行政区包括省、自治区、直辖市，应表述为“各省区市”或“各省、自治区、直辖市”，“各省市”有遗漏。",
      "中央文件规范表述（“各省、自治区、直辖市”，简称“各省区市”）；" + GOVWEB,
      patterns=["全国各省市"], suggestions=["全国各省区市"], nf=["区", "自治区"])
p.add("geshengshiqu", "warning", "省级行政区的规范简称为“省区市”（省、自治区、直辖市顺序）。", "中央文件通行表述（“各省区市”）；" + GOVWEB,
      patterns=["各省市区", "各省市自治区", "各省、市、自治区", "各省、市、区"], suggestions=["各省区市"])
p.add("jiefangqian", "warning", "除引语外，慎用“解放前（后）”，宜用“新中国成立前（后）”或“1949年前（后）”。", XH_SOC,
      patterns=["解放前", "解放后"], suggestions=["新中国成立前", "1949年前"],
      nf=["提", "所未", "进", "线", "夕", "方", "军", "区", "战争", "思想"], np=["思想", "大", "再", "妇女", "个性", "生产力", "彻底"])
p.add("xinzhongguochengliqian-typo", "error", "“新中国成立前（后）”误作“新中囯”。", XH_SOC, patterns=["新中囯"], suggestions=["新中国"], exact=True)
p.add("shenggangyitihua", "warning", "不使用“深港一体化”的提法（香港与内地是“一国两制”下的不同区域）。", XH_SOC, patterns=["深港一体化"], suggestions=["深港合作"])
p.add("shaoshuminzushangceng", "warning", "除对过去特定历史时期的表述外，不再使用“少数民族上层人士”的称谓。", XH_LAW, patterns=["少数民族上层人士"],
      suggestions=["少数民族代表人士"])
p.add("sangeziixin", "warning", "2016年起中央表述为“四个自信”（道路自信、理论自信、制度自信、文化自信），“三个自信”为此前提法。",
      "习近平《在庆祝中国共产党成立95周年大会上的讲话》（2016年7月1日）", patterns=["三个自信"], suggestions=["四个自信"],
      nearby={"none": years_before(2016)})
p.add("wudafazhanlinian", "warning", "中央文件规范表述为“新发展理念”（创新、协调、绿色、开放、共享）。", "《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》（2015年）及党的十九大报告",
      patterns=["五大发展理念"], suggestions=["新发展理念"], nearby={"none": years_before(2017)})
p.add("xiguanjianxinfenxi", "error", "规范表述为“习近平新时代中国特色社会主义思想”。", "党的十九大报告（2017年10月18日）；《中国共产党章程》（2022年修改）",
      patterns=["习近平新时代中国特色社会主义理论", "习近平新时代特色社会主义思想", "习近平中国特色社会主义思想", "习近平新时代中国社会主义思想",
                "习近平新时代中国特色主义思想", "习近平新时期中国特色社会主义思想"],
      suggestions=["习近平新时代中国特色社会主义思想"])
p.add("zhongguotesheshehuizhuyi-typo", "error", "规范表述为“中国特色社会主义”。", "《中国共产党章程》（2022年修改）",
      patterns=["中国特色主义社会", "中国社会主义特色", "中国特色社会义主义", "中国特色社会主意"], suggestions=["中国特色社会主义"])
p.add("liangge-weihu", "error", "规范表述为“两个维护”（坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导）。",
      "党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月11日）",
      patterns=["两个坚决维护", "四个维护"], suggestions=["两个维护"], nf=["者"])
p.add("liangge-queli", "error", "规范表述为“两个确立”（确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位）。",
      "党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月11日）",
      patterns=["两个确认", "两个树立"], suggestions=["两个确立"], np=["“"], nearby={"all": [["核心", "决定性意义", "习近平"]]})
p.add("xinguanfeiyan-rename", "warning", "2022年12月26日起“新型冠状病毒肺炎”更名为“新型冠状病毒感染”。", "国家卫生健康委员会公告2022年第7号（2022年12月26日）",
      patterns=["新型冠状病毒肺炎", "新冠肺炎"], suggestions=["新型冠状病毒感染", "新冠病毒感染"], nearby={"none": ["2019年", "2020年", "2021年", "2022年", "疫情期间"]},
      effective="2023-01-08")
p.add("wuhanfeiyan", "error", "不得以地名命名疾病（世界卫生组织2015年命名原则）；规范名称为“新型冠状病毒感染”。", "世界卫生组织《新发人类传染病命名最佳实践》（2015年5月）；国家卫生健康委员会公告2022年第7号",
      patterns=["武汉肺炎", "中国病毒", "武汉病毒"], suggestions=["新型冠状病毒感染"])
p.add("shuanggui", "warning", "2018年《中华人民共和国监察法》施行后以“留置”取代“两规”措施，现行表述不使用“双规”。", "《中华人民共和国监察法》（2018年3月20日公布施行）",
      patterns=["双规", "两规"], suggestions=["留置"], np=["“"], nf=["划", "范", "则", "定", "章"], nearby={"none": years_before(2018)}, effective="2018-03-20")
p.add("laojiao", "warning", "劳动教养制度已于2013年废止，现行工作表述中不应再出现“劳动教养（劳教）”。", "《全国人民代表大会常务委员会关于废止有关劳动教养法律规定的决定》（2013年12月28日）",
      patterns=["劳动教养", "劳教所"], suggestions=[], nearby={"none": years_before(2014) + ["废止", "废除", "取消"]}, effective="2013-12-28")
p.add("shourongjiaoyu", "warning", "收容教育制度已于2019年废止。", "《全国人民代表大会常务委员会关于废止有关收容教育法律规定和制度的决定》（2019年12月28日）",
      patterns=["收容教育"], suggestions=[], nearby={"none": years_before(2020) + ["废止", "废除", "取消"]}, effective="2019-12-29")
p.add("zanzhuzheng", "warning", "2016年1月1日起《居住证暂行条例》施行，“暂住证”已改为“居住证”。", "《居住证暂行条例》（国务院令第663号，2016年1月1日施行）",
      patterns=["暂住证"], suggestions=["居住证"], nearby={"none": years_before(2016)}, effective="2016-01-01")
p.add("xinnonghe", "warning", "2016年起整合城镇居民基本医疗保险和新型农村合作医疗，建立统一的城乡居民基本医疗保险制度。", "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）",
      patterns=["新型农村合作医疗", "新农合"], suggestions=["城乡居民基本医疗保险"], nearby={"none": years_before(2017) + ["整合", "原"]}, effective="2016-01-03")
p.add("chengzhenjumin-yibao", "warning", "2016年起城镇居民基本医疗保险与新农合整合为城乡居民基本医疗保险。", "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）",
      patterns=["城镇居民基本医疗保险", "城镇居民医保"], suggestions=["城乡居民基本医疗保险"], np=["原"], nearby={"none": years_before(2017) + ["整合", "原"]},
      effective="2016-01-03")
p.add("jingjintjiyitihua", "warning", "国家战略的规范名称为“京津冀协同发展”。", "《京津冀协同发展规划纲要》（中共中央政治局2015年4月30日审议通过）",
      patterns=["京津冀一体化"], suggestions=["京津冀协同发展"])
p.add("changjiangjingjidai-yitihua", "info", "国家战略的规范名称为“长江三角洲区域一体化发展”。", "《长江三角洲区域一体化发展规划纲要》（2019年12月）",
      patterns=["长三角一体化战略"], suggestions=["长三角一体化发展"])
p.add("qinzi", "info", "对各级领导同志的活动报道，慎用“亲自”等词语。", XH_SOC, patterns=["亲自"], suggestions=[])
p.add("longzhongzhaokai", "info", "除党中央、国务院召开的重要会议外，一般性会议不使用“隆重召开”。", XH_SOC, patterns=["隆重召开"], suggestions=["召开"])
p.add("laoban-ganbu", "info", "对国内领导干部和国有企业负责人，不使用“老板”称呼。", XH_SOC, patterns=["老板"], suggestions=["负责人"],
      nearby={"all": [["书记", "局长", "县长", "市长", "处长", "厅长", "干部", "领导", "国企", "国有企业"]]})
p.add("zhongguogongchandang-typo", "error", "党的名称“中国共产党”有误。", "《中国共产党章程》（2022年修改）",
      patterns=["中国共产觉", "中国共产当", "中国共产堂", "中国共残党", "中国公产党", "中国共铲党", "中国共产党党中央"],
      suggestions=["中国共产党"])
p.rules[-1]["patterns"] = ["中国共产觉", "中国共产当", "中国共产堂", "中国共残党", "中国公产党", "中国共铲党"]
p.add("zhonghuarenmingongheguo-typo", "error", "国名“中华人民共和国”有误。", "《中华人民共和国宪法》（2018年修正）",
      patterns=["中华人民共合国", "中华人民共和囯", "中华人民大和国", "中华人民和国", "中华民共和国", "中华人名共和国", "中华人民共和过", "中华仁民共和国",
                "中化人民共和国", "中华人民供和国", "中华人民工和国", "中华人民公和国"],
      suggestions=["中华人民共和国"], exact=True)
p.add("yiguoliangzhi-typo", "error", "方针名称为“一国两制”。", "《中华人民共和国香港特别行政区基本法》（1990年）；" + XH_TER,
      patterns=["一郭两制", "一国两治", "一国两质", "一国俩制", "一囯两制", "一过两制", "一锅两制"], suggestions=["一国两制"])
p.add("quanguorendaibiaodahui-typo", "error", "机构名称“全国人民代表大会”有误。", "《中华人民共和国宪法》（2018年修正）",
      patterns=["全国人民代表打会", "全国人民代表大汇", "全国人民代表大慧", "全国人民代表大绘", "全国人民代表会议常务委员会"],
      suggestions=["全国人民代表大会"])
p.rules[-1]["patterns"] = ["全国人民代表打会", "全国人民代表大汇", "全国人民代表大慧", "全国人民代表大绘"]
p.add("zhengxie-typo", "error", "机构名称“中国人民政治协商会议”有误。", "《中国人民政治协商会议章程》（2023年修正）",
      patterns=["中国人民政治协商回议", "中国人民政治协商会义", "中国人民正治协商会议", "中国人民政治写商会议", "中国人民政治协商议会"],
      suggestions=["中国人民政治协商会议"])
p.add("shehuizhuyihexinjiazhiguan-typo", "error", "规范表述为“社会主义核心价值观”。", "中共中央办公厅《关于培育和践行社会主义核心价值观的意见》（2013年12月）",
      patterns=["社会主义核心价值", "社会主义核心价值体观", "社会主义核心价格观", "社会主义核心价值关"], suggestions=["社会主义核心价值观"])
p.rules[-1]["patterns"] = ["社会主义核心价值体观", "社会主义核心价格观", "社会主义核心价值关"]
p.add("zhonghuaminzuweidafuxing-typo", "error", "规范表述为“中华民族伟大复兴”。", "党的二十大报告（2022年10月16日）",
      patterns=["中华民族伟大复新", "中华民族伟大腹兴", "中华民族伟大复星", "中华民族未大复兴"], suggestions=["中华民族伟大复兴"])
p.add("quanmianjiancheng-xiaokang", "warning", "2021年7月1日我国已全面建成小康社会，此后不宜再表述为“决胜全面建成小康社会”“全面建设小康社会”等。",
      "习近平《在庆祝中国共产党成立100周年大会上的讲话》（2021年7月1日）", patterns=["决胜全面建成小康社会", "全面建设小康社会"],
      suggestions=["全面建设社会主义现代化国家"], nearby={"none": years_before(2021)}, effective="2021-07-01")
p.add("tuopingongjian-ongoing", "info", "脱贫攻坚目标任务已于2020年底如期完成，2021年起工作重心转向巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
      "习近平《在全国脱贫攻坚总结表彰大会上的讲话》（2021年2月25日）", patterns=["决战决胜脱贫攻坚", "打赢脱贫攻坚战"], suggestions=[],
      nearby={"none": years_before(2021) + ["成果", "胜利", "打赢了", "取得"]})
p.add("ershibajie-dup", "error", "“中央委员会第×次全体会议”称“全会”，“全会会议”重复。", "《中国共产党第二十届中央委员会第三次全体会议公报》（2024年7月18日）等中央全会公报规范表述",
      patterns=["全会会议"], suggestions=["全会"], np=["中"])
p.add("guojiarenwu-sigequanmian", "warning", "“四个全面”战略布局为：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党（党的十九届五中全会起）。",
      "《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》（2020年10月）",
      patterns=["全面建成小康社会、全面深化改革、全面依法治国、全面从严治党"], suggestions=["全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党"],
      nearby={"none": years_before(2020)})

# ======================= leader-title =======================
t = Cat("leader-title")
t.add("quanguorenda-fuweiyuanzhang", "error", "副委员长是全国人大常委会的职务，应称“全国人大常委会副委员长”。", "《中华人民共和国宪法》第六十五条；《中华人民共和国全国人民代表大会组织法》",
      patterns=["全国人大副委员长", "全国人民代表大会副委员长", "人大副委员长", "人大常委副委员长"], suggestions=["全国人大常委会副委员长"])
t.rules[-1]["patterns"] = ["全国人大副委员长", "全国人民代表大会副委员长"]
t.add("rendachangwei-fuweiyuanzhang", "error", "应称“人大常委会副委员长”（缺“会”字）。", "《中华人民共和国宪法》第六十五条",
      patterns=["人大常委副委员长"], suggestions=["人大常委会副委员长"])
t.add("quanguorenda-weiyuanzhang", "error", "委员长是全国人大常委会的职务，应称“全国人大常委会委员长”。", "《中华人民共和国宪法》第六十五条",
      patterns=["全国人大委员长", "全国人民代表大会委员长"], suggestions=["全国人大常委会委员长"])
t.add("rendachangwei-weiyuanzhang", "error", "应称“人大常委会委员长”（缺“会”字）。", "《中华人民共和国宪法》第六十五条", patterns=["人大常委委员长"], suggestions=["人大常委会委员长"])
t.add("renda-fuzhuren", "error", "县级以上地方人大设常务委员会，主任、副主任是常委会的职务，应称“人大常委会副主任”。", "《中华人民共和国宪法》第九十六条；《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
      patterns=["人大副主任"], suggestions=["人大常委会副主任"], nf=["科员", "委员"], np=["乡", "镇"])
t.add("renda-zhuren", "error", "县级以上地方人大设常务委员会，主任是常委会的职务，应称“人大常委会主任”。", "《中华人民共和国宪法》第九十六条；《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
      patterns=["人大主任"], suggestions=["人大常委会主任"], nf=["科员", "委员", "会议"], np=["乡", "镇"])
t.add("rendachangwei-fuzhuren", "error", "应称“人大常委会副主任”（缺“会”字）。", "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
      patterns=["人大常委副主任"], suggestions=["人大常委会副主任"], nf=["委员"])
t.add("rendachangwei-zhuren", "error", "应称“人大常委会主任”（缺“会”字）。", "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
      patterns=["人大常委主任"], suggestions=["人大常委会主任"], nf=["委员", "会议"])
t.add("zhengxie-fuzhuren", "error", "政协的领导职务是主席、副主席，应称“政协副主席”。", "《中国人民政治协商会议章程》（2023年修正）",
      patterns=["政协副主任"], suggestions=["政协副主席"], nf=["委员", "科员"])
t.add("zhengxie-zhuren", "error", "政协的领导职务是主席、副主席，应称“政协主席”。", "《中国人民政治协商会议章程》（2023年修正）",
      patterns=["政协主任"], suggestions=["政协主席"], nf=["委员", "科员", "会议"])
t.add("zhengxie-weiyuanzhang", "error", "政协的领导职务是主席、副主席，无“委员长”。", "《中国人民政治协商会议章程》（2023年修正）",
      patterns=["政协委员长", "政协副委员长"], suggestions=["政协主席"])
t.rules[-1]["patterns"] = ["政协委员长"]
t.add("guojia-zongli", "warning", "我国总理的规范称谓是“国务院总理”。", "《中华人民共和国宪法》第八十六条", patterns=["国家总理"], suggestions=["国务院总理"],
      np=["中国"])
t.add("guojia-fuzongli", "warning", "我国副总理的规范称谓是“国务院副总理”。", "《中华人民共和国宪法》第八十六条", patterns=["国家副总理"], suggestions=["国务院副总理"])
t.add("guojia-zongshuji", "error", "总书记是党中央的职务，应称“中共中央总书记”，不称“国家总书记”。", "《中国共产党章程》（2022年修改）第二十三条",
      patterns=["国家总书记"], suggestions=["中共中央总书记"])
t.add("junwei-zhuxi", "warning", "规范称谓为“中央军委主席”（中共中央军事委员会主席、中华人民共和国中央军事委员会主席）。", "《中华人民共和国宪法》第九十三条",
      patterns=["军委主席", "国家军委主席"], suggestions=["中央军委主席"], np=["中央", "国家中央", "中共中央"])
t.add("zhongjiwei", "warning", "中央纪律检查委员会的规范简称为“中央纪委”（与国家监委合署办公，称“中央纪委国家监委”）。", "《中国共产党纪律检查委员会工作条例》（2021年12月）；中央纪委国家监委网站规范简称“中央纪委”",
      patterns=["中纪委"], suggestions=["中央纪委"])
t.add("cunzhang", "error", "对村民委员会主任不使用“村长”，应称“村委会主任”或“村主任”。", XH_SOC,
      patterns=["村长"], suggestions=["村主任", "村委会主任"], whole_word=True,
      np=["农", "乡", "山", "渔", "牧", "城中", "边", "全", "该", "本", "我", "新农", "两", "各"],
      nf=["期", "效", "远", "廊", "势", "大", "达", "度", "篇", "城", "途", "寿", "江", "沙", "春", "安", "治", "足"])
t.add("cunguan", "warning", "村干部不要称作“村官”（“大学生村官”为专称除外）。", XH_LAW, patterns=["村官"], suggestions=["村干部"], np=["大学生", "选聘"])
t.add("xiangzhang-renda", "warning", "乡镇人民代表大会不设常务委员会，其负责人称“主席、副主席”。", "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十八条",
      regex=r"(乡|镇)人大(常委会)?(副)?主任(?!科员|委员)", suggestions=["$1人大$3主席"])
t.add("zhouchang", "warning", "自治州的行政首长称“州长”，市、县、区的行政首长不称“州长”；副职为“副州长”。", "《中华人民共和国民族区域自治法》第十七条",
      patterns=["自治州市长"], suggestions=["自治州州长"])
t.add("shengwei-diyi", "warning", "省级党委的主要负责人称“省委书记”，不称“省委第一书记”（现行体制）。", "《中国共产党地方委员会工作条例》（2015年12月）",
      patterns=["省委第一书记", "市委第一书记", "县委第一书记"], suggestions=[], nearby={"none": ["195", "196", "197", "198", "兵团"]})
t.add("dangzu-shuji-dup", "warning", "“党组书记”前不再重复“党委”，如“××局党组书记”。", "《中国共产党党组工作条例》（2019年修订）",
      patterns=["党委党组书记"], suggestions=["党组书记"])
t.add("zhongyang-zongshuji", "warning", "规范称谓为“中共中央总书记”或“党中央总书记”。", "《中国共产党章程》（2022年修改）", patterns=["中央总书记"],
      suggestions=["中共中央总书记"], np=["中共", "党", "共"])
t.add("guowuyuan-zhuxi", "error", "国务院的负责人称“总理”，“国务院主席”不存在。", "《中华人民共和国宪法》第八十六条", patterns=["国务院主席"], suggestions=["国务院总理"],
      nf=["令"])
t.add("guojia-fuzhuxi-dup", "warning", "“国家副主席”即中华人民共和国副主席，“国家副主席副主席”等重复。", "《中华人民共和国宪法》第七十九条", patterns=["国家主席主席", "国家副主席副主席"],
      suggestions=[])
t.add("renda-daibiao-weiyuan", "info", "人大代表与人大常委会委员是不同职务，请核对“人大常委会代表”的表述。", "《中华人民共和国全国人民代表大会组织法》",
      patterns=["人大常委会代表"], suggestions=["人大代表", "人大常委会委员"], nf=["工作", "资格", "联络", "小组", "之家", "履职"])
t.add("zhengxie-changweihui-fuzhuren", "error", "政协常务委员会的负责人称“主席、副主席”。", "《中国人民政治协商会议章程》（2023年修正）", patterns=["政协常委会副主任", "政协常委会主任"],
      suggestions=["政协副主席"])
t.rules[-1]["patterns"] = ["政协常委会副主任"]

t.add("dup-dangwei", "error", "不宜称“中共××省省委”“××市市委”，应称“中共××省委”“××市委”。", XH_LAW,
      # The doubled character is spelt out (省省|市市|…) rather than written (省|…)\1: the regex prefilter cannot see
      # through a back-reference, so the rule ran on every text holding 委 and 市; now it needs 省省委, 市市委, ….
      # The look-ahead only captures the character for the suggestion.
      regex=r"(?=(省|市|县|区|州|旗|盟))(?:省省|市市|县县|区区|州州|旗旗|盟盟)委(?=书记|副书记|常委|委员|办公|组织|宣传|统战|政法|秘书|全会|第|会议|$|[，。、])", suggestions=["$1委"])
t.add("dup-xiangzhen-dangwei", "error", "“乡乡党委”“镇镇党委”重复，应称“××乡党委”“××镇党委”。", XH_LAW,
      regex=r"(乡|镇)\1党委", suggestions=["$1党委"])

t.add("local-renda-weiyuanzhang", "error", "地方人大常委会的负责人称“主任、副主任”，“委员长”只用于全国人大常委会。", "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
      regex=r"(省|市|县|区|州|自治区)人大常委会(副)?委员长", suggestions=["$1人大常委会$2主任"])
t.add("quanguorenda-zhuren", "error", "全国人大常委会的负责人称“委员长、副委员长”，不称“主任”。", "《中华人民共和国宪法》第六十五条",
      regex=r"全国人大常委会(副)?主任(?!委员|会议|科员|助理)", suggestions=["全国人大常委会$1委员长"])
t.add("zhongguo-zongtong", "warning", "我国国家元首称“中华人民共和国主席”（国家主席），不称“总统”。", "《中华人民共和国宪法》第七十九条",
      patterns=["中国总统", "中国国家总统", "中国副总统"], suggestions=["中国国家主席"], np=["“"])
t.rules[-1]["patterns"] = ["中国总统", "中国国家总统"]
t.add("cunwei-shuji", "warning", "村党组织负责人称“村党组织书记”“村党支部书记”，“村委书记”混淆了村民委员会与党组织。", "《中国共产党农村基层组织工作条例》（2019年1月）",
      patterns=["村委书记", "村委会书记"], suggestions=["村党组织书记"], np=["乡", "镇"])
t.add("taiwan-lingdaoren", "warning", "应称“台湾地区领导人”或“台湾当局领导人”。", XH_TER, patterns=["台湾领导人"], suggestions=["台湾地区领导人"], np=["“"])
t.rules.pop(); t.ids.discard("leader-taiwan-lingdaoren")

t.add("renda-changwei", "error", "各级人大常委会的委员不要称作“人大常委”，应称“人大常委会委员”。", XH_LAW,
      patterns=["人大常委"], suggestions=["人大常委会委员"], nf=["会", "副", "主", "委员长"])
t.add("shenjishu-shuzhang", "error", "审计署的正副行政首长称“审计长”“副审计长”，不称“署长”“副署长”。", XH_LAW + "；《中华人民共和国审计法》（2021年修正）",
      regex=r"审计署(副)?署长", suggestions=["$1审计长"])
t.add("jianchayuan-yuanzhang", "error", "检察院的负责人称“检察长”“副检察长”，不称“检察院院长”。", XH_LAW + "；《中华人民共和国人民检察院组织法》（2018年修订）",
      regex=r"检察院(副)?院长", suggestions=["检察院$1检察长"])
t.add("shenfen-qianzhui", "warning", "案件报道中指称作案人时，不以其社会身份作前缀（不写“工人小偷”“教授罪犯”）。", XH_LAW,
      regex=r"(工人|农民|教授|教师|学生|医生|护士|干部|民工|农民工|大学生|研究生|公务员|律师)(小偷|罪犯|强奸犯|杀人犯|劫匪|歹徒|窃贼|骗子)", suggestions=["$2"])
t.add("beigaoxi", "warning", "民事、行政案件原告和被告法律地位平等，不使用“将某某推上被告席”等带有主观色彩的表述。", XH_LAW,
      regex=r"推上(了)?被告席", suggestions=[])
t.add("dangwei-chufen", "warning", "党委对行政干部的撤职、开除等行政处分应表述为“建议给予”，不写“党委决定给予……行政撤职、开除”。", XH_LAW,
      regex=r"党(委|组)决定给予?[\u4e00-\u9fa5、]{0,12}(行政撤职|行政开除|撤职|开除公职)(等)?(行政)?处分", suggestions=[])

XI20 = "党的二十大报告（2022年10月16日）"
p.add("quanguochengrenminminzhu", "error", "规范表述为“全过程人民民主”。", XI20, patterns=["全过程民主"], suggestions=["全过程人民民主"], np=["人民"])
p.rules[-1].pop("not-preceded-by")
p.add("renleiminyungongtongti-typo", "error", "规范表述为“人类命运共同体”。", XI20, patterns=["人类共同命运体", "人类命运同体", "人类运命共同体"], suggestions=["人类命运共同体"])
p.add("zhulao-gongtongtiyishi", "error", "规范表述为“铸牢中华民族共同体意识”（铸：铸造），不是“筑牢”。", XI20 + "；中央民族工作会议（2021年8月）",
      patterns=["筑牢中华民族共同体意识"], suggestions=["铸牢中华民族共同体意识"])
p.add("zongtiguojiaanquanguan", "error", "规范表述为“总体国家安全观”。", XI20, patterns=["国家总体安全观", "总体安全国家观"], suggestions=["总体国家安全观"])
p.add("renmindangjiazuozhu", "error", "规范表述为“人民当家作主”（作：从事、当），不写“当家做主”。", "《中华人民共和国宪法》序言；" + XI20, patterns=["人民当家做主", "当家做主"],
      suggestions=["人民当家作主"])
p.rules[-1]["patterns"] = ["人民当家做主"]
p.add("dangjiazuozhu", "warning", "规范写法为“当家作主”。", "《现代汉语词典》（第7版）“当家作主”条；" + XI20, patterns=["当家做主"], suggestions=["当家作主"], np=["人民"])
p.add("siweiyiti", "warning", "党的十八大（2012年）起中国特色社会主义事业总体布局为“五位一体”（经济、政治、文化、社会、生态文明建设）。", "党的十八大报告（2012年11月8日）",
      patterns=["四位一体总体布局"], suggestions=["五位一体总体布局"], nearby={"none": years_before(2012)})
p.add("liangbuchou-sanbaozhang", "error", "脱贫攻坚目标的规范表述为“两不愁三保障”（不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障）。",
      "《中共中央 国务院关于打赢脱贫攻坚战的决定》（2015年11月29日）",
      regex=r"(?:[一三四]不愁[一二两三四]保障|两不愁[一二两四]保障)", suggestions=["两不愁三保障"])
p.add("xiaokang-2020", "info", "“全面建成小康社会”已于2021年宣告实现，表述目标时请核对时态。", "习近平《在庆祝中国共产党成立100周年大会上的讲话》（2021年7月1日）",
      patterns=["将全面建成小康社会", "即将全面建成小康社会"], suggestions=[])

if __name__ == "__main__":
    print(len(p.rules), len(t.rules))
