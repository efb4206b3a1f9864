-- Synthetic case studies for the search benchmark (issue 3, "Speed and scale").
--
--   psql -h localhost -p <port> -U postgres -d postgres -v n=100000 -f bench/generate-cases.sql
--
-- Run it against a database that already holds the demo content (cities, organisations, an account): it replaces
-- every synthetic case from an earlier run (they are marked by contact_email = 'synthetic@bench.invalid') with n new
-- ones, then the search index must be rebuilt (start with --urbansdg.search.reindex=true, or /admin/search), because
-- rows written behind Hibernate's back are not indexed. bench/search-benchmark.sh does all of this.
--
-- What the cases look like (the first 5000 (-v base=...) written word by word, the rest combined from those): each belongs to a random demo organisation and its city; about half of the cases of
-- Korean, Japanese, Chinese, Thai, Indonesian and Vietnamese cities are written in that language (title and text,
-- half of them with an English summary), the rest in English; text lengths vary from a few sentences to a few
-- thousand words (a long tail); words are drawn from word lists of urban policy vocabulary with a skewed (Zipf-like)
-- frequency, so some words are common and others rare; 1-4 SDG targets (40 % with a primary target in goal 11),
-- 1-2 themes, start years 2005-2026, budgets from 10 thousand to 500 million US dollars (log-uniform), and 90 %
-- published, the rest archived, draft, submitted or returned. Nothing here is real; the texts are word salad with
-- realistic vocabulary, which is what a full-text index cares about.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 10000
\endif
\timing on
-- At most 5000 cases (or -v base=...) are written word by word; the rest are combinations of those (title and half the texts of
-- one, the other half of another case in the same language), with their own places, dates, budgets and targets.
\if :{?base}
\else
  SELECT least(:n, 5000) AS base \gset
\endif

BEGIN;

DELETE FROM case_study WHERE contact_email = 'synthetic@bench.invalid';

-- The long tail of the vocabulary: word k (0 <= k < 30000), the same word every time, so that most words of a case
-- are rare and a few are common, as in real texts (Zipf). In Latin script, made-up words of two to four syllables; in
-- Korean, Japanese, Chinese and Thai, compounds of two words of the language's list (w), which is what rarer words
-- of those languages mostly are (random syllables would be no language, and the analysers' dictionaries would spend
-- their time on them). Inlined by PostgreSQL.
CREATE FUNCTION pg_temp.tail(kind text, k bigint, w text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN kind <> 'latin' THEN w[1 + (k % cardinality(w))::int] || w[1 + ((k / cardinality(w)) % cardinality(w))::int]
    ELSE (ARRAY['ka','ri','to','mel','san','du','vo','pe','lin','gor','ta','ne','mi','sor','bu','fa','ches','lo',
                'ran','ve','til','mo','den','ha'])[1 + (k % 24)::int]
         || (ARRAY['ka','ri','to','mel','san','du','vo','pe','lin','gor','ta','ne','mi','sor','bu','fa','ches','lo',
                   'ran','ve','til','mo','den','ha'])[1 + (k / 24 % 24)::int]
         || CASE WHEN k >= 576 THEN (ARRAY['ka','ri','to','mel','san','du','vo','pe','lin','gor','ta','ne','mi','sor',
                   'bu','fa','ches','lo','ran','ve','til','mo','den','ha'])[1 + (k / 576 % 24)::int] ELSE '' END
         || CASE WHEN k >= 13824 THEN 'n' ELSE '' END
  END
$$;

-- n words: 45 % general words of the language (skewed to the start of its list), 25 % from the case's own topics
-- (t1 its main topic, t2 a second one), 30 % from the long tail (skewed, so some tail words are frequent); a full
-- stop now and then. So a topic word such as "flood" occurs in the cases about that topic, not in all of them.
CREATE FUNCTION pg_temp.words(g text[], t1 text[], t2 text[], kind text, w text[], n int, sep text) RETURNS text
LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(CASE WHEN r < 0.45 THEN g[1 + floor(power(random(), 2) * cardinality(g))::int]
                         WHEN r < 0.62 THEN t1[1 + floor(random() * cardinality(t1))::int]
                         WHEN r < 0.70 THEN t2[1 + floor(random() * cardinality(t2))::int]
                         ELSE pg_temp.tail(kind, floor(power(random(), 3) * 30000)::bigint, w) END
                    || CASE WHEN random() < 0.08 THEN (CASE WHEN sep = '' THEN '。' ELSE '.' END) ELSE '' END, sep)
  FROM (SELECT random() AS r FROM generate_series(1, greatest(n, 1))) x
$$;

-- A text length with a long tail: mostly short, sometimes very long.
CREATE FUNCTION pg_temp.len(lo int, hi int) RETURNS int LANGUAGE sql VOLATILE AS $$
  SELECT lo + floor(power(random(), 3) * (hi - lo))::int
$$;

CREATE TEMP TABLE lexicon (lang text PRIMARY KEY, sep text, scale numeric, w text[]);
INSERT INTO lexicon VALUES
('en', ' ', 1, string_to_array(
 'city,urban,public,transport,bus,rapid,transit,housing,affordable,water,supply,sanitation,waste,recycling,'
 'climate,adaptation,mitigation,flood,resilience,disaster,risk,reduction,green,park,tree,energy,solar,efficiency,'
 'building,retrofit,mobility,cycling,walking,street,road,safety,air,quality,pollution,emission,carbon,neutral,'
 'community,participation,citizen,budget,participatory,governance,digital,smart,data,platform,open,service,'
 'health,clinic,education,school,youth,women,gender,equality,inclusion,disability,elderly,ageing,migrant,informal,'
 'settlement,slum,upgrading,land,use,planning,zoning,density,sprawl,heritage,culture,tourism,local,economy,'
 'employment,jobs,livelihood,market,vendor,food,security,urban,agriculture,rooftop,garden,heat,island,cooling,'
 'drainage,stormwater,river,restoration,coastal,mangrove,biodiversity,wetland,groundwater,desalination,leakage,'
 'tariff,subsidy,finance,bond,partnership,private,sector,investment,infrastructure,maintenance,monitoring,'
 'indicator,target,progress,report,review,voluntary,local,strategy,policy,plan,programme,pilot,scale,replication,'
 'lesson,stakeholder,district,municipality,metropolitan,government,ward,neighbourhood,village,province,national,'
 'electric,vehicle,charging,station,metro,rail,ferry,congestion,parking,pricing,pedestrian,crossing,accessibility,'
 'shelter,evacuation,early,warning,system,earthquake,typhoon,cyclone,drought,landslide,fire,hospital,vaccination,'
 'compost,landfill,incineration,plastic,reuse,circular,collection,segregation,cooperative,volunteer,training,'
 'capacity,building,innovation,laboratory,university,research,survey,census,mapping,satellite,sensor,app',
 ',')),
('ko', ' ', 1, string_to_array(
 '서울시는,도시,대중교통을,버스,지하철,주거,공공임대주택,물,상수도,하수도,폐기물,재활용,기후변화,적응,홍수,방재,'
 '재난,안전,녹지,공원,나무,에너지,태양광,건물,보행,자전거,도로,대기질,미세먼지,탄소중립,주민참여,예산,참여예산,'
 '거버넌스,디지털,스마트시티,데이터,공공서비스,보건,교육,학교,청년,여성,성평등,장애인,노인,이주민,도시재생,'
 '토지이용,계획,문화유산,관광,지역경제,일자리,시장,먹거리,도시농업,옥상정원,폭염,빗물,하천,복원,생물다양성,'
 '지하수,누수,요금,재정,민관협력,투자,기반시설,모니터링,지표,목표,보고서,전략,정책,시범사업,확산,교훈,'
 '이해관계자,구청,마을,전기차,충전소,철도,혼잡,주차,보행자,접근성,대피소,조기경보,지진,태풍,가뭄,병원,'
 '퇴비,매립지,플라스틱,순환경제,수거,협동조합,자원봉사,역량강화,혁신,대학,연구,조사,지도,센서,확대했다,'
 '추진했다,개선했다,도입했다,운영한다,지원한다,줄였다,늘렸다,시민과,함께,위해,통해,및,등',
 ',')),
('ja', '', 1.6, string_to_array(
 '横浜市は,都市,公共交通,バス,鉄道,住宅,公営住宅,水道,下水道,廃棄物,リサイクル,気候変動,適応,洪水,防災,災害,'
 '安全,緑地,公園,樹木,エネルギー,太陽光,建築物,歩行者,自転車,道路,大気汚染,脱炭素,市民参加,予算,ガバナンス,'
 'デジタル,スマートシティ,データ,行政サービス,保健,教育,学校,若者,女性,男女共同参画,障害者,高齢者,移住者,'
 'まちづくり,土地利用,計画,文化財,観光,地域経済,雇用,市場,食料,都市農業,屋上緑化,猛暑,雨水,河川,再生,'
 '生物多様性,地下水,漏水,料金,財政,官民連携,投資,インフラ,モニタリング,指標,目標,報告書,戦略,政策,'
 'モデル事業,展開,教訓,関係者,区役所,地域,電気自動車,充電,混雑,駐車場,バリアフリー,避難所,早期警報,地震,'
 '台風,干ばつ,病院,堆肥,埋立地,プラスチック,循環経済,収集,協同組合,ボランティア,人材育成,イノベーション,'
 '大学,研究,調査,地図,センサー,を,の,に,が,は,と,で,を進めた,を導入した,を改善した,を拡大した,しています',
 ',')),
('zh', '', 1.6, string_to_array(
 '上海市,城市,公共交通,公交,地铁,住房,保障性住房,供水,污水处理,垃圾,回收,气候变化,适应,洪水,防灾,灾害,'
 '安全,绿地,公园,树木,能源,太阳能,建筑,步行,自行车,道路,空气质量,污染,碳中和,公众参与,预算,治理,数字化,'
 '智慧城市,数据,公共服务,卫生,教育,学校,青年,妇女,性别平等,残疾人,老年人,流动人口,城市更新,土地利用,规划,'
 '文化遗产,旅游,地方经济,就业,市场,粮食,都市农业,屋顶绿化,高温,雨水,河流,修复,生物多样性,地下水,漏损,'
 '水价,财政,公私合作,投资,基础设施,监测,指标,目标,报告,战略,政策,试点,推广,经验,利益相关方,街道,社区,'
 '电动汽车,充电桩,铁路,拥堵,停车,无障碍,避难所,预警,地震,台风,干旱,医院,堆肥,填埋场,塑料,循环经济,收集,'
 '合作社,志愿者,能力建设,创新,大学,研究,调查,地图,传感器,的,和,在,了,推进,实施,改善,扩大',
 ',')),
('th', '', 1.6, string_to_array(
 'กรุงเทพมหานคร,เมือง,ขนส่งสาธารณะ,รถเมล์,รถไฟฟ้า,ที่อยู่อาศัย,น้ำประปา,น้ำเสีย,ขยะ,รีไซเคิล,การเปลี่ยนแปลงสภาพภูมิอากาศ,'
 'น้ำท่วม,ภัยพิบัติ,ความปลอดภัย,พื้นที่สีเขียว,สวนสาธารณะ,ต้นไม้,พลังงาน,แสงอาทิตย์,อาคาร,ทางเท้า,จักรยาน,ถนน,'
 'คุณภาพอากาศ,ฝุ่นละออง,คาร์บอน,การมีส่วนร่วม,ประชาชน,งบประมาณ,ธรรมาภิบาล,ดิจิทัล,เมืองอัจฉริยะ,ข้อมูล,บริการ,'
 'สาธารณสุข,การศึกษา,โรงเรียน,เยาวชน,สตรี,ผู้พิการ,ผู้สูงอายุ,ชุมชน,ชุมชนแออัด,การวางแผน,มรดก,การท่องเที่ยว,'
 'เศรษฐกิจ,การจ้างงาน,ตลาด,อาหาร,เกษตรในเมือง,ความร้อน,คลอง,แม่น้ำ,ฟื้นฟู,ความหลากหลายทางชีวภาพ,น้ำบาดาล,การเงิน,'
 'ความร่วมมือ,การลงทุน,โครงสร้างพื้นฐาน,การติดตาม,ตัวชี้วัด,เป้าหมาย,รายงาน,ยุทธศาสตร์,นโยบาย,โครงการนำร่อง,'
 'บทเรียน,เขต,รถยนต์ไฟฟ้า,การจราจร,ที่จอดรถ,ศูนย์พักพิง,การเตือนภัย,โรงพยาบาล,ปุ๋ยหมัก,พลาสติก,การเก็บขยะ,'
 'สหกรณ์,อาสาสมัคร,การฝึกอบรม,นวัตกรรม,มหาวิทยาลัย,การวิจัย,แผนที่,และ,ของ,ใน,เพื่อ,ได้,ให้,การ,ที่',
 ',')),
('id', ' ', 1, string_to_array(
 'kota,perkotaan,transportasi,umum,bus,perumahan,air,bersih,sanitasi,sampah,daur,ulang,iklim,banjir,bencana,'
 'ketahanan,taman,hijau,energi,surya,jalan,kualitas,udara,masyarakat,partisipasi,anggaran,tata,kelola,digital,'
 'data,layanan,kesehatan,pendidikan,sekolah,pemuda,perempuan,lansia,kampung,permukiman,kumuh,tanah,rencana,'
 'ekonomi,lokal,pekerjaan,pasar,pangan,sungai,pemulihan,keuangan,kemitraan,investasi,infrastruktur,pemantauan,'
 'strategi,kebijakan,program,percontohan,pelajaran,kelurahan,pemerintah,daerah,dan,untuk,dengan,yang,di',
 ',')),
('vi', ' ', 1, string_to_array(
 'thành,phố,đô,thị,giao,thông,công,cộng,xe,buýt,nhà,ở,nước,sạch,vệ,sinh,rác,thải,tái,chế,khí,hậu,lũ,lụt,thiên,'
 'tai,công,viên,cây,xanh,năng,lượng,mặt,trời,đường,không,khí,cộng,đồng,tham,gia,ngân,sách,quản,trị,số,dữ,liệu,'
 'dịch,vụ,y,tế,giáo,dục,trường,học,thanh,niên,phụ,nữ,người,cao,tuổi,quy,hoạch,kinh,tế,việc,làm,chợ,sông,và,của,cho',
 ','));

-- Each language's general words (in every kind of case); the rest of its list are topic words, cut into 34 topics
-- (two per goal, in list order, so neighbouring words such as "heat island cooling" share a topic); kind names the
-- script of its long-tail pseudo-words.
CREATE TEMP TABLE general (lang text PRIMARY KEY, kind text, w text[]);
INSERT INTO general VALUES
('en', 'latin', string_to_array('city,urban,public,local,community,programme,plan,policy,strategy,government,'
 'municipality,district,project,service,pilot,scale,lesson,stakeholder,partnership,progress,report,review,national,'
 'province,system,data,open,platform,replication,indicator,target,voluntary,neighbourhood,metropolitan,ward', ',')),
('ko', 'hangul', string_to_array('서울시는,도시,계획,정책,전략,시범사업,확산,교훈,이해관계자,구청,마을,확대했다,추진했다,'
 '개선했다,도입했다,운영한다,지원한다,줄였다,늘렸다,시민과,함께,위해,통해,및,등', ',')),
('ja', 'kana', string_to_array('横浜市は,都市,計画,政策,戦略,モデル事業,展開,教訓,関係者,区役所,地域,を,の,に,が,は,と,で,'
 'を進めた,を導入した,を改善した,を拡大した,しています', ',')),
('zh', 'han', string_to_array('上海市,城市,规划,战略,政策,试点,推广,经验,利益相关方,街道,社区,的,和,在,了,推进,实施,改善,扩大',
 ',')),
('th', 'thai', string_to_array('กรุงเทพมหานคร,เมือง,ชุมชน,การวางแผน,ยุทธศาสตร์,นโยบาย,โครงการนำร่อง,บทเรียน,เขต,และ,ของ,ใน,'
 'เพื่อ,ได้,ให้,การ,ที่,ประชาชน', ',')),
('id', 'latin', string_to_array('kota,perkotaan,masyarakat,rencana,strategi,kebijakan,program,percontohan,pelajaran,'
 'kelurahan,pemerintah,daerah,dan,untuk,dengan,yang,di', ',')),
('vi', 'latin', string_to_array('thành,phố,đô,thị,quy,hoạch,và,của,cho,người', ','));

CREATE TEMP TABLE lex AS
SELECT l.lang, l.sep, l.scale, g.kind, l.w, g.w AS general,
       ARRAY(SELECT x FROM unnest(l.w) WITH ORDINALITY AS t(x, i) WHERE x <> ALL (g.w) ORDER BY i) AS topic
FROM lexicon l JOIN general g USING (lang);

-- Topic c (0-33) of a language's topic words.
CREATE FUNCTION pg_temp.topic(t text[], c int) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT t[1 + c * cardinality(t) / 34 : (c + 1) * cardinality(t) / 34]
$$;

-- The demo organisations that have a city, numbered; the case's city and country are its organisation's.
CREATE TEMP TABLE org AS
SELECT row_number() OVER (ORDER BY o.id) AS rn, o.id AS org_id, o.city_id, c.country_code
FROM organisation o JOIN city c ON c.id = o.city_id;
SELECT count(*) AS orgs FROM org \gset

CREATE TEMP TABLE ref AS
SELECT (SELECT array_agg(code ORDER BY code) FROM sdg_target) AS targets,
       (SELECT array_agg(code ORDER BY code) FROM sdg_target WHERE goal_number = 11) AS urban_targets,
       (SELECT array_agg(code ORDER BY position) FROM theme) AS themes,
       (SELECT min(id) FROM app_user) AS author;

-- The primary target first (40 % in goal 11); the main topic is one of its goal's two topics half the time, any topic
-- otherwise; the second topic is any.
CREATE TEMP TABLE gen AS
SELECT g, o.org_id, o.city_id, o.country_code,
       CASE WHEN r.lang_roll < 0.5 THEN CASE o.country_code WHEN 'KR' THEN 'ko' WHEN 'JP' THEN 'ja' WHEN 'CN' THEN 'zh'
         WHEN 'TW' THEN 'zh' WHEN 'HK' THEN 'zh' WHEN 'TH' THEN 'th' WHEN 'ID' THEN 'id' WHEN 'VN' THEN 'vi' ELSE 'en' END
         ELSE 'en' END AS lang,
       r.status_roll, r.summary_en, r.target,
       CASE WHEN random() < 0.5 THEN 2 * (split_part(r.target, '.', 1)::int - 1) + floor(random() * 2)::int
         ELSE floor(random() * 34)::int END AS c1,
       floor(random() * 34)::int AS c2,
       date '2005-01-01' + floor(random() * 7900)::int AS start_date,
       -- log-uniform between 10^4 and 5 * 10^8 US dollars; a tenth of the cases state no budget
       CASE WHEN random() < 0.9 THEN round(power(10, 4 + random() * 4.7)) END AS budget_usd
FROM (SELECT g, random() AS lang_roll, random() AS status_roll, random() < 0.5 AS summary_en,
             1 + floor(random() * :orgs)::int AS orn,
             CASE WHEN random() < 0.4 THEN ref.urban_targets[1 + floor(random() * cardinality(ref.urban_targets))::int]
               ELSE ref.targets[1 + floor(random() * cardinality(ref.targets))::int] END AS target
      FROM generate_series(1, :base) g CROSS JOIN ref) r
JOIN org o ON o.rn = r.orn;

-- The main topic is kept in the contact name, so that the combined cases below pair texts of the same topic.
INSERT INTO case_study (status, title, summary, city_id, organisation_id, country_code, language, primary_target_code,
  background, objectives, strategy, stakeholders, funding_sources, staffing, results, obstacles, success_factors,
  lessons, start_date, end_date, budget_amount, budget_currency, budget_usd, contact_name, contact_email, featured,
  created_by, created_at, updated_at, submitted_at, published_at, last_verified_at)
SELECT s.status,
       left(initcap(pg_temp.words(l.general, t.t1, t.t1, l.kind, l.w, (3 + floor(random() * 6) * l.scale)::int, l.sep)), 290),
       pg_temp.words(sl.general, pg_temp.topic(sl.topic, g.c1), pg_temp.topic(sl.topic, g.c2), sl.kind, sl.w,
                     (pg_temp.len(25, 120) * sl.scale)::int, sl.sep),
       g.city_id, g.org_id, g.country_code, g.lang, g.target,
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(40, 900) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(10, 200) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(20, 900) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(5, 80) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(5, 60) * l.scale)::int, l.sep),
       NULL,
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(20, 600) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(5, 200) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(5, 200) * l.scale)::int, l.sep),
       pg_temp.words(l.general, t.t1, t.t2, l.kind, l.w, (pg_temp.len(10, 400) * l.scale)::int, l.sep),
       g.start_date,
       CASE WHEN random() < 0.7 THEN g.start_date + 200 + floor(random() * 1500)::int END,
       g.budget_usd, CASE WHEN g.budget_usd IS NOT NULL THEN 'USD' END, g.budget_usd,
       'Synthetic contact, topic ' || g.c1, 'synthetic@bench.invalid', false,
       ref.author, s.created, s.created, s.created,
       CASE WHEN s.status IN ('PUBLISHED', 'ARCHIVED') THEN s.created + interval '20 days' END,
       CASE WHEN s.status IN ('PUBLISHED', 'ARCHIVED') THEN s.created + interval '20 days' END
FROM gen g
JOIN lex l ON l.lang = g.lang
JOIN lex sl ON sl.lang = CASE WHEN g.summary_en THEN 'en' ELSE g.lang END
CROSS JOIN LATERAL (SELECT pg_temp.topic(l.topic, g.c1) AS t1, pg_temp.topic(l.topic, g.c2) AS t2) t
CROSS JOIN ref
CROSS JOIN LATERAL (SELECT CASE WHEN g.status_roll < 0.90 THEN 'PUBLISHED' WHEN g.status_roll < 0.93 THEN 'ARCHIVED'
                              WHEN g.status_roll < 0.96 THEN 'DRAFT' WHEN g.status_roll < 0.98 THEN 'SUBMITTED'
                              ELSE 'RETURNED' END AS status,
                           least(now() - interval '30 days',
                                 g.start_date + (floor(random() * 700)::int || ' days')::interval)::timestamptz AS created) s;

CREATE TEMP TABLE base AS
SELECT c.*, row_number() OVER (ORDER BY c.id) AS rn,
       row_number() OVER (PARTITION BY c.language, c.contact_name ORDER BY c.id) AS lrn,
       count(*) OVER (PARTITION BY c.language, c.contact_name) AS lcount
FROM case_study c WHERE c.contact_email = 'synthetic@bench.invalid';

INSERT INTO case_study (status, title, summary, city_id, organisation_id, country_code, language, primary_target_code,
  background, objectives, strategy, stakeholders, funding_sources, staffing, results, obstacles, success_factors,
  lessons, start_date, end_date, budget_amount, budget_currency, budget_usd, contact_name, contact_email, featured,
  created_by, created_at, updated_at, submitted_at, published_at, last_verified_at)
SELECT s.status, b1.title, b2.summary, b1.city_id, b1.organisation_id, b1.country_code, b1.language,
       b1.primary_target_code,
       b2.background, b1.objectives, b1.strategy, b2.stakeholders, b1.funding_sources, NULL, b2.results, b1.obstacles,
       b2.success_factors, b1.lessons,
       d.start_date, CASE WHEN random() < 0.7 THEN d.start_date + 200 + floor(random() * 1500)::int END,
       d.budget_usd, CASE WHEN d.budget_usd IS NOT NULL THEN 'USD' END, d.budget_usd,
       b1.contact_name, 'synthetic@bench.invalid', false,
       ref.author, s.created, s.created, s.created,
       CASE WHEN s.status IN ('PUBLISHED', 'ARCHIVED') THEN s.created + interval '20 days' END,
       CASE WHEN s.status IN ('PUBLISHED', 'ARCHIVED') THEN s.created + interval '20 days' END
FROM (SELECT g, random() AS status_roll, 1 + (g::bigint * 7919) % :base AS pick FROM generate_series(1, :n - :base) g) x
JOIN base b1 ON b1.rn = x.pick
JOIN base b2 ON b2.language = b1.language AND b2.contact_name = b1.contact_name AND b2.lrn = 1 + (x.g::bigint * 104729 + 17) % b1.lcount
CROSS JOIN ref
CROSS JOIN LATERAL (SELECT date '2005-01-01' + floor(random() * 7900)::int + 0 * x.g AS start_date,
                           CASE WHEN random() < 0.9 THEN round(power(10, 4 + random() * 4.7)) END AS budget_usd) d
CROSS JOIN LATERAL (SELECT CASE WHEN x.status_roll < 0.90 THEN 'PUBLISHED' WHEN x.status_roll < 0.93 THEN 'ARCHIVED'
                              WHEN x.status_roll < 0.96 THEN 'DRAFT' WHEN x.status_roll < 0.98 THEN 'SUBMITTED'
                              ELSE 'RETURNED' END AS status,
                           least(now() - interval '30 days',
                                 d.start_date + (floor(random() * 700)::int || ' days')::interval)::timestamptz AS created) s;

-- The primary target, then up to three more; one or two themes.
INSERT INTO case_study_target (case_study_id, target_code)
SELECT id, primary_target_code FROM case_study WHERE contact_email = 'synthetic@bench.invalid';
INSERT INTO case_study_target (case_study_id, target_code)
SELECT c.id, ref.targets[1 + floor(random() * array_length(ref.targets, 1))::int]
FROM case_study c CROSS JOIN ref CROSS JOIN LATERAL generate_series(1, (c.id % 4)::int) k
WHERE c.contact_email = 'synthetic@bench.invalid'
ON CONFLICT DO NOTHING;
INSERT INTO case_study_theme (case_study_id, theme_code)
SELECT c.id, ref.themes[1 + floor(random() * array_length(ref.themes, 1))::int]
FROM case_study c CROSS JOIN ref CROSS JOIN LATERAL generate_series(1, 1 + (c.id % 2)::int) k
WHERE c.contact_email = 'synthetic@bench.invalid'
ON CONFLICT DO NOTHING;

COMMIT;
-- Rewrite the tables without the rows of an earlier run, so that a sequential scan (the ILIKE baseline) reads no more
-- than the live cases.
VACUUM (FULL, ANALYZE) case_study, case_study_target, case_study_theme;

SELECT count(*) AS synthetic_cases,
       count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
       round(avg(length(coalesce(background, '') || coalesce(strategy, '') || coalesce(results, '') || coalesce(lessons, '')
                        || coalesce(objectives, '') || summary))) AS avg_text_chars,
       pg_size_pretty(sum(pg_column_size(case_study.*))) AS table_bytes
FROM case_study WHERE contact_email = 'synthetic@bench.invalid';
SELECT language, count(*) FROM case_study GROUP BY language ORDER BY count(*) DESC;
