"""Entities stage: quality on the hand-annotated gold set, and speed.

    PYTHONPATH=src python benchmarks/entities_quality.py
        [--set heldoutN|heldout|gold|devN|new|dev|both|all] [--misses]
        [--n 5000]

(``both`` = gold + held-out 1, the default; ``dev`` = gold + dev2 ... dev44;
``new`` = the latest dev sets; ``all`` = those and held-out 1; the blind sets,
held-out 3 to 7, only by name.)

Gold: ``tests/data/entities_gold.jsonl``. One line per text:
``{"dataset", "id", "spans": [[start, end, kind, key], ...]}`` plus ``text``
for the hand-written sentences (dataset "handwritten"); real articles keep only
the dataset name and id, their text is read from ``../shared/data`` (cleaned
with `bantin.text.normalize.clean`, offsets are into that cleaned text).

Annotation guide (what the gold counts as an entity):
- province: a name of one of the 34 units or 63 pre-2025 provinces (also
  "Sài Gòn", "TP.HCM"), with its prefix ("tỉnh", "thành phố", "TP") when
  attached; also inside agency/organization/team names.
- agency: a named state body (not a bare "Bộ", "UBND tỉnh"); organization:
  a named company, bank, club, school, hospital, international body, group.
- person: names, incl. short references after an honorific ("ông Thắng")
  and initials ("ông N.D.H"), without the title; legal/date/amount/percent/
  ratio as in `entities.py`.
- legal: numbered documents with their type word ("Nghị định số 72/2013",
  "Công văn 1493/BHXH-CSYT") and named laws ("Luật Cư trú 2020"), not
  articles or clauses ("Điều 5") nor unnumbered resolutions.
- amount: the number with its unit and per-unit ("1.500 đồng/bình",
  "22.127 VND / USD"), a range as one span ("270.000-275.000 đồng/bình");
  dates include a leading "ngày" but not other cues ("hôm nay 21/7" → "21/7").
- The 17 articles added last (legal documents and amounts) were annotated by
  reading the text before running the extractor; disagreements were then
  adjudicated (gold keys there are slugs of the mention, not the extractor's).

Held-out set: ``tests/data/entities_heldout.jsonl``, 47 real articles that
are not in the gold set nor in its stories (abmusu-val 17, vims-dev 15,
vietnews-dev 15; a seeded sample, ``random.Random(20250)`` then
``Random(20251)``, that favoured texts with legal-document, agency and
province cues). Each row is ``{"dataset", "id", "window": [0, W],
"spans": [[start, end, kind, key, surface], ...]}``: only the window
``text[:W]`` is annotated (W = the first sentence or line end at or after
1,500 characters, or the whole text), and predictions are scored when they
start inside it. Offsets are into the `clean`-ed text, as for the gold set,
and ``text[start:end] == surface`` holds for every span. It was annotated
by reading the texts, without running the extractor on them or looking at
its output, following the guide above plus these rulings (taken where the
gold set had an example, from it):
- nested: only a province inside a body's name is a second span ("UBND TP
  HCM" + "TP HCM", "SHB Đà Nẵng" + "Đà Nẵng"); a body inside a longer
  body ("Ủy ban Thường vụ Quốc hội") is not split. A city that is not one
  of the provinces ("TP Nha Trang", "TP Biên Hòa", "TP Trà Vinh") is not a
  province; streets named after people are not people.
- agency: also foreign state bodies ("Bộ Tư pháp" of the US, "Chính phủ
  Mỹ", "Hạ viện"), armed forces by name ("Hải quân Hàn Quốc", "JMSDF"),
  party and elected bodies with a name ("Thành ủy TP HCM", "Quận ủy quận
  5", "Ban Chấp hành Trung ương Đảng"); a body with a generic unit before it
  is the body only ("Cơ quan CSĐT Công an tỉnh Khánh Hòa" → "Công an tỉnh
  Khánh Hòa", "Đảng ủy Sở Xây dựng" → "Sở Xây dựng"); not embassies,
  nicknames ("Lầu Năm Góc", "Nhà Trắng"), or a bare "UBND TP", "Tỉnh
  ủy", "HĐND", "Bộ".
- organization: companies, banks, schools, hospitals, clubs, parties,
  media ("VnExpress", "Báo CAND"), brands acting as a company ("OMO"),
  international bodies ("LHQ", "EU", "liên minh châu Âu"). A lower-case
  head that belongs to the name stays ("công ty TNHH ...", "trường THCS
  Quảng Phúc", "tập đoàn Nguyễn Hoàng", "đảng Bảo thủ"); a media
  classifier does not ("tờ Politico" → "Politico", "đài Sputnik",
  "báo Pháp luật TP HCM" → "Pháp luật TP HCM"). A ticker that names the
  company counts ("FLC"). Not film titles, events, competitions, products.
- person: also fictional characters and nicknames used as a name ("Tòng
  Thiên Mã"), single-letter references ("chị B"); not inside titles of
  works.
- legal: named laws and ordinances need a capital "Luật"/"Pháp lệnh"/
  "Hiến pháp" ("Luật thuế bảo vệ môi trường" yes, "luật thuế bảo vệ môi
  trường" and "bộ luật dân sự" no), with "(sửa đổi)" left out; "Đạo luật X"
  (a foreign act) counts; a lower-case type with a number counts
  ("nghị quyết 19", "quyết định 367 / TTg"); an amending law is the law it
  amends ("Luật sửa đổi ... của Luật Tần số vô tuyến điện" → the last).
  Unnumbered resolutions, drafts and "Quy chế"/"Quy định" names are not.
- date: a year needs "năm" or is a year range ("2015-2020", "Năm
  2022-2023"); "SN 1971", "V-League 2016", "(2009)" are not dates; day
  ranges are one span ("3-5/6", "ngày 10-15/10"), "Tháng Tám năm 1945"
  one span.
- amount / percent: money with a magnitude and no currency counts ("383
  tỉ", "350 triệu" when it is money); a range with the unit at its end only
  is one span ("4 - 6 triệu đồng", "20 - 30%"), with the unit at both ends
  two spans ("1.695.000 đồng", "4.137.000 đồng"; "41%", "100%"), as the gold
  set has it ("10 triệu đồng - 20 triệu đồng"). This last ruling was
  corrected after the first measurement (it had been annotated as one
  span, against the gold set's example); the before-figures are given for
  both versions.

Dev2 set: ``tests/data/entities_dev2.jsonl``, 40 more real articles
(abmusu-train 16, favouring sports, world, business and society; vims-dev 12;
vietnews-dev 12; ``random.Random(20260)``, none in the gold or held-out files
nor in their stories), same format and rulings as the held-out set, window W =
the first sentence or line end at or after 1,000 characters. Annotated by
reading the texts; then compared once with the extractor's output to catch
annotation slips (one missed "EU"), and three rulings aligned with the gold
set ("Twitter" the platform is an organization; "Bộ Tài chính Việt Nam" is
"Bộ Tài chính"). The person and organization fixes after the held-out figures
above were chosen on dev2 misses only.

Dev3 set: ``tests/data/entities_dev3.jsonl``, 47 more real articles
(vietnews-dev 26, vims-dev 10, abmusu-train 8, abmusu-val 4; ``random.Random(20270)``
over the articles in no other set nor in the stories of any, one per story,
at least 600 characters), window W = the first sentence or line end at or
after 1,000 characters (the whole text when shorter). Annotated for person,
agency and organization only (each row has ``"kinds"``; other kinds are not
scored on it), by reading the texts before running the extractor on them,
same rulings as above (initials without their final dot, "bà T", lower-case
heads kept: "công ty Cổ phần Con Cưng", "cục Quản lý thị trường"). One
sampled article (a list of numbered military units) was left out as too
ambiguous to annotate. It is training data for the entity model
(`benchmarks/train_entity_model.py`): figures on it after training are
in-sample. Before the model: person 0.848/0.644, agency+organization
0.713/0.545 (exact P/R).

Person/organization rules added after dev3 (initials before "(SN ...)" and
their last letter alone later, Ê Đê names of five syllables, "Đoàn" + middle
name, a given name alone opening a clause, hospitals with their level and
place, business lines after "công ty TNHH", media names) were chosen on
gold/dev2/dev3 misses only; the held-out set was then measured once: person
0.883/0.776, agency+organization 0.872/0.707 (before: 0.865/0.739,
0.876/0.704).

Dev4 set: ``tests/data/entities_dev4.jsonl``, 48 more real articles
(vietnews-dev 18, abmusu-train 12, vims-dev 10, abmusu-val 8;
``random.Random(20280)`` over the articles in no other set nor in the stories
of any, one per story, favouring texts with at least four organization cues
in the window: "công ty", "tập đoàn", "ngân hàng", "CLB", "trường", "bệnh
viện", "báo", "Quỹ", "Trung tâm", "Hiệp hội", "đội tuyển", ...), window W as
for dev3, person/agency/organization only. Annotated by reading the texts
before running the extractor, same rulings (national teams with their head,
"đội tuyển Brazil", "U20 Việt Nam", but not a bare country as a team; foreign
central banks and NASA are agencies; hospital departments and generic units
before a body are left out: "Trung tâm Hô hấp", "Văn phòng Sở Y tế" → "Sở Y
tế"). Compared once with the extractor's output: three lower-case "công an
huyện/TP X" spans were dropped to follow the gold set ("cơ quan công an
huyện Gia Lâm" is not annotated there), and "Sở Tài nguyên và Môi trường TP"
/ "sở Du lịch TP" lost the bare "TP" (as "UBND TP" is not a name). Before the
dev4 rules: person 0.935/0.750, agency+organization 0.833/0.743. It is
training data for the entity model too.

Session 4: two more blind sets, and the older blind sets retired.

- Dev5 set: ``tests/data/entities_dev5.jsonl``, 50 articles
  (``benchmarks/sample_entity_set.py --seed 20290``: articles in no other
  file nor in their stories, one per story, at least 600 characters, window
  as for dev3), person/agency/organization only, annotated blind by a helper
  from this guide. It was measured twice as a blind set (the session's
  starting code: person 0.932/0.708, agency+organization 0.759/0.667; after
  the gazetteers of well-known people and organizations: 0.931/0.759,
  0.779/0.703), then retired to development. Three rulings were then aligned
  with the older sets: a ministry followed by "Việt Nam" is the ministry
  alone, the political-social organizations (Mặt trận Tổ quốc, Đoàn TNCS,
  Công đoàn / Liên đoàn Lao động, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu
  chiến binh) are agencies, and so are VTV, VOV, TTXVN.
- The first held-out set (``entities_heldout.jsonl``) was retired to
  development at the same time: its misses were read and it is training data
  for the entity model from then on. Its figures are in-sample since.
- Held-out set 3: ``tests/data/entities_heldout3.jsonl``, 50 articles
  (``sample_entity_set.py --seed 20300``, same rules), annotated blind by
  another helper with this guide plus the rulings above written out (also:
  units inside police or the army, venues named as buildings and lower-case
  "quân đội X" are not annotated; named armed services are agencies). The
  blind set from then on: measured once, at the end of session 4. The
  organization lexicon is mined without its articles
  (``benchmarks/mine_names.py`` leaves out every annotated file); the
  capitalization table of the entity model counts words over vietnews-bench,
  which repeats some vietnews-dev articles (counts only, no labels).
- Dev6, dev7, dev8: ``tests/data/entities_dev{6,7,8}.jsonl``, 150 more
  articles (``sample_entity_set.py --seed 20310 --n 150``, split in three),
  annotated by three helpers with the same guide and rulings, for training the
  run model and for rules. Measured once on arrival, before anything was
  learnt from them (the code of the held-out 3 measurement): person 0.886 /
  0.857, 0.942 / 0.688, 0.941 / 0.758; agency+organization 0.870 / 0.757,
  0.794 / 0.812, 0.876 / 0.780. (The dev6 annotator glanced at four rows of
  held-out 3 for the "IS" ruling: annotation conventions only.)
- Dev9, dev10, dev11: 150 more (``--seed 20340 --n 150``, split in three),
  same procedure. On arrival (the code of the second held-out 3
  measurement): person 0.904 / 0.883, 0.919 / 0.896, 0.963 / 0.871;
  agency+organization 0.819 / 0.720, 0.832 / 0.656, 0.886 / 0.767.
- Dev12, dev13, dev14: 150 more (``--seed 20350 --n 150``). On arrival (the
  code of the third held-out 3 measurement): person 0.935 / 0.899, 0.823 /
  0.832, 0.878 / 0.799; agency+organization 0.891 / 0.842, 0.897 / 0.693,
  0.847 / 0.756.

Session 5: a second, larger blind set.

- Held-out set 4: ``tests/data/entities_heldout4.jsonl``, 99 articles
  (``sample_entity_set.py --seed 20360 --n 150``, the first 100 rows;
  vietnews-train-078767 dropped, as the annotator found it repeats an article
  of dev10), annotated blind by two helpers with the guide and rulings above.
  Blind from then on, like held-out 3: its misses are never read, and it is
  measured with the session's starting code and after each round (P / R):

  | round | person | agency | organization | agency+organization |
  | --- | --- | --- | --- | --- |
  | session 5 start | 0.905 / 0.855 | 0.883 / 0.707 | 0.876 / 0.745 | 0.902 / 0.749 |
  | 1 ministries as written, names after a country word | 0.902 / 0.858 | 0.891 / 0.760 | 0.880 / 0.740 | 0.908 / 0.768 |
  | 2 bodies named by their place, in any case | 0.903 / 0.863 | 0.887 / 0.787 | 0.880 / 0.750 | 0.906 / 0.779 |
  | 3 places named after people, foreign names | 0.937 / 0.863 | 0.887 / 0.787 | 0.876 / 0.750 | 0.904 / 0.785 |
  | 4 heads with lower-case kind words | 0.937 / 0.869 | 0.887 / 0.787 | 0.870 / 0.774 | 0.899 / 0.799 |
  | 5 short names in parentheses, websites, fleets | 0.938 / 0.881 | 0.887 / 0.787 | 0.871 / 0.779 | 0.897 / 0.799 |
  | end of session 5 | 0.935 / 0.875 | 0.887 / 0.787 | 0.876 / 0.779 | 0.899 / 0.799 |

  Held-out 3 over the same rounds: person 0.885 / 0.789 at the start, 0.866 /
  0.789 after round 3, 0.870 / 0.789 at the end; agency+organization 0.909 /
  0.769 until round 4, 0.918 / 0.783 from round 5 (organization 0.928 /
  0.740).
- Held-out set 5: ``tests/data/entities_heldout5.jsonl``, 100 articles
  (``sample_entity_set.py --seed 20390 --n 100``), drawn and annotated blind
  by two helpers at the end of session 5 and measured once, with the
  session's starting code and with its final code, after every rule of the
  session was written; nothing was changed after (P / R): person 0.908 /
  0.804 → 0.954 / 0.849, agency 0.920 / 0.767 → 0.912 / 0.858, organization
  0.799 / 0.756 → 0.846 / 0.786, agency+organization 0.884 / 0.795 → 0.892
  / 0.833. The organization lexicon was re-mined without its articles
  afterwards (no figure moved).
- Dev15: the other 50 rows of that draw, annotated by a third helper, for
  rules and training. On arrival (the session's starting code): person
  0.885 / 0.837, agency+organization 0.832 / 0.709.
- Dev16, dev17, dev18: 150 more (``--seed 20370 --n 150``, split in three),
  same procedure, on arrival after the second round of session 5 (starting
  code in brackets): person 0.848 / 0.858 (0.833 / 0.858), 0.923 / 0.772
  (same), 0.940 / 0.728 (0.940 / 0.723); agency+organization 0.830 / 0.746
  (0.821 / 0.723), 0.842 / 0.689 (0.838 / 0.670), 0.839 / 0.769 (0.837 /
  0.757).
- Dev19, dev20, dev21: 150 more (``--seed 20380 --n 150``), on arrival after
  the fifth round of session 5 (starting code in brackets): person 0.960 /
  0.917 (0.959 / 0.898), 0.960 / 0.906 (0.965 / 0.874), 0.943 / 0.876 (0.930 /
  0.870); agency+organization 0.885 / 0.831 (0.881 / 0.804), 0.942 / 0.851
  (0.949 / 0.838), 0.819 / 0.732 (0.826 / 0.665).
- Dev22, dev23, dev24 and held-out 6 (session 6): one draw of 250
  (``--seed 20611 --n 250``) split in five, annotated blind by five helpers
  with this guide and the same rulings. The dev sets on arrival, with the
  session's starting code (P / R): person 0.941 / 0.776, 0.949 / 0.917,
  0.915 / 0.819; agency+organization 0.848 / 0.794, 0.940 / 0.894, 0.950 /
  0.839. Held-out 6 (``tests/data/entities_heldout6.jsonl``, 100 articles,
  709 spans) was measured once, in the middle of the session, before the
  second draw (P / R, starting code → that moment's code): person 0.943 / 0.875 → 0.951 / 0.885, agency 0.953 / 0.858
  → 0.961 / 0.865, organization 0.800 / 0.710 → 0.827 / 0.734,
  agency+organization 0.877 / 0.784 → 0.892 / 0.797. Held-outs 3, 4 and 5,
  measured after each group of session 6's rules (misses never read), ended
  at person 0.874 / 0.814, 0.936 / 0.892, 0.963 / 0.873 and
  agency+organization 0.939 / 0.860, 0.907 / 0.821, 0.916 / 0.872. Pooled over
  held-outs 3–6: person 0.934 / 0.854 → 0.939 / 0.873, agency+organization
  0.894 / 0.802 → 0.910 / 0.833.
- Dev25, dev26, dev27 and held-out 7 (session 6, second half): a second
  draw of 250 (``--seed 20622 --n 250``) split in five the same way, after
  held-out 6 was measured. Held-out 7 has 99 articles (vietnews-train-078767
  dropped again: same event as a dev10 article; 769 spans), measured once,
  at the end of the session (P / R): person 0.950 / 0.862 with the session's
  starting code, 0.952 / 0.896 with the code at held-out 6's measure, 0.941 /
  0.893 at the end; agency+organization 0.873 / 0.746, 0.896 / 0.795, 0.897 /
  0.800 (organization 0.846 / 0.702 → 0.860 / 0.760). Pooled over held-outs
  3–7 at the end: person 0.939 / 0.877, agency+organization 0.906 / 0.827
  (start 0.937 / 0.856, 0.888 / 0.787). The dev sets on arrival,
  with the code of that moment (P / R; the session's starting code in
  brackets): person 0.932 / 0.857 (0.932 / 0.845), 0.978 / 0.923 (0.978 /
  0.907), 0.908 / 0.843 (0.917 / 0.833); agency+organization 0.898 / 0.809
  (0.897 / 0.803), 0.908 / 0.813 (same), 0.879 / 0.838 (0.878 / 0.832).
- Dev28-dev32 and held-out 8 (session 7, start): one draw of 350 (``--seed 20633``)
  split in seven; dev32 has 49 articles (vietnews-train-078767 dropped once
  more). Held-out 8 (100 articles, 738 spans) was measured once in the middle
  of the session and again at its end (P / R, starting code → middle → end):
  person 0.951 / 0.830 → 0.956 / 0.836 → 0.957 / 0.864, agency+organization
  0.892 / 0.832 → 0.913 / 0.849 → 0.920 / 0.846. Dev28-dev32 on arrival, with
  the starting code: person 0.951 / 0.884, agency+organization 0.897 / 0.826.
- Dev33-dev36 and held-out 9 (session 7, middle): a draw of 260 (``--seed
  20644``; the pool the sampler draws from is now spent), split in six;
  held-out 9 has 99 articles (744 spans), measured once, at the end: person
  0.966 / 0.935 with both the starting and the final code, agency+organization
  0.865 / 0.821 → 0.891 / 0.834. Dev33-dev36 (160 articles) on arrival with the
  mid-session code: person 0.944 / 0.871, agency+organization 0.895 / 0.860
  (starting code 0.942 / 0.864, 0.891 / 0.850). Pooled over held-outs 3-9
  after that first round: person 0.946 / 0.879 → 0.948 / 0.885,
  agency+organization 0.898 / 0.827 → 0.913 / 0.840.
- Dev37-dev40 and held-out 10 (session 7, second round): the first draw from
  vietnews-bench (``--seed 20655``, articles after its first 20,000), 300
  articles split in six. Held-out 10 (100 articles, 750 spans) was measured
  once, at the end: person 0.971 / 0.902 → 0.971 / 0.916, agency+organization
  0.881 / 0.863 → 0.892 / 0.869. Dev37-dev40 on arrival with the code of that
  moment: person 0.954 / 0.883, agency+organization 0.899 / 0.834 (starting
  code 0.951 / 0.872, 0.889 / 0.815). At the end held-out 9 scored 0.969 /
  0.933 and 0.898 / 0.847, held-out 8 0.958 / 0.870 and 0.923 / 0.846; pooled
  over held-outs 3-10 (747 articles): person 0.949 / 0.882 → 0.951 / 0.893,
  agency+organization 0.895 / 0.832 → 0.914 / 0.850.
- Dev41-dev44 and held-out 11 (session 7, third round): ``--seed 20666`` from
  vietnews-bench, 300 articles split in six. Held-out 11
  (100 articles, 675 spans) was measured once, at the end: person 0.946 /
  0.896 → 0.945 / 0.917, agency+organization 0.820 / 0.833 → 0.860 / 0.863.
  Dev41-dev44 on arrival with the code of that moment: person 0.941 / 0.930,
  agency+organization 0.890 / 0.829 (starting code 0.944 / 0.918, 0.887 /
  0.811). Pooled over held-outs 3-11 (847 articles): person 0.949 / 0.883 →
  0.950 / 0.895, agency+organization 0.886 / 0.832 → 0.908 / 0.853.
- Dev45-dev48 and held-out 12 (session 8): ``--seed 20677`` from vietnews-bench,
  300 articles split in six. Held-out 12 (100 articles, 748 spans) was measured
  once, at the end: person 0.930 / 0.858 with both the starting and the final
  code, agency+organization 0.881 / 0.837 → 0.886 / 0.856 (organization 0.863 /
  0.802 → 0.871 / 0.833; the starting code's name lexicon was mined before
  these articles were annotated, so it may have read them). Dev45-dev48 on
  arrival, with the session's first rule (names spelled out before a short
  name) already in: agency+organization 0.878 / 0.847 against the starting
  code's 0.878 / 0.835. Pooled over held-outs 3-12 (947 articles): person
  0.948 / 0.891 → 0.949 / 0.896, agency+organization 0.905 / 0.851 → 0.908 /
  0.861, organization 0.880 / 0.829 → 0.884 / 0.842.
- Dev49-dev52 and held-out 13 (session 8, second round): ``--seed 20688``, 300
  articles split in six, drawn after held-out 12 was measured. Held-out 13 (100
  articles, 754 spans) was measured once, at the end: person 0.944 / 0.889 →
  0.946 / 0.891, agency+organization 0.890 / 0.835 → 0.894 / 0.844 (the
  session's starting code → the final code; the round's own rules changed none
  of its spans). Dev49-dev52 on arrival: person 0.945 / 0.910,
  agency+organization 0.905 / 0.865. Pooled over held-outs 3-13 (1,047
  articles): person 0.948 / 0.891 → 0.948 / 0.896, agency+organization 0.904 /
  0.850 → 0.907 / 0.859, organization 0.876 / 0.825 → 0.880 / 0.839.
- Dev53-dev56 and held-out 14 (session 9): ``--seed 20699`` from vietnews-bench,
  300 articles split in six. Dev53-dev56 on arrival, with the starting code:
  person 0.962 / 0.901, agency+organization 0.921 / 0.849, organization 0.893 /
  0.820; with a CRF over the rules trained on dev2-dev52 (never on them):
  0.968 / 0.912, 0.935 / 0.860, 0.913 / 0.833. Held-out 14 (100 articles, 811
  spans) was measured once, at the end: person 0.950 / 0.794 → 0.941 / 0.800,
  agency+organization 0.951 / 0.881 → 0.975 / 0.894, organization 0.897 / 0.882
  → 0.933 / 0.893 (28 of its person spans are the speaker labels "Đá:" / "Đen:"
  of two dialogue columns, a call its annotator made without precedent; dev54
  has 11 more). Pooled over held-outs 3-13 (1,047 articles): person 0.948 /
  0.896 → 0.956 / 0.907, agency+organization 0.907 / 0.859 → 0.911 / 0.878,
  organization 0.880 / 0.839 → 0.893 / 0.854.
- Held-out 15 (session 9, late): ``--seed 20710``, 100 articles (755 spans),
  drawn after everything else of the session was done, its helpers told to
  calibrate on the development sets only; measured once, with the final code
  and a lexicon mined without it: person 0.961 / 0.906 → 0.964 / 0.906,
  agency+organization 0.929 / 0.836 → 0.933 / 0.860, organization 0.918 / 0.824
  → 0.923 / 0.828. Pooled over held-outs 3-15 (1,247 articles): person 0.950 /
  0.887 → 0.955 / 0.896, agency+organization 0.912 / 0.859 → 0.918 / 0.878,
  organization 0.885 / 0.841 → 0.899 / 0.855. Measured a second time after
  the CRF's abbreviation veto (found on unannotated text, checked out of fold):
  organization 0.929 / 0.828, agency+organization 0.936 / 0.860; held-outs
  3-15 pooled agency+organization 0.921 / 0.878, organization 0.899 / 0.854.
- Dev57-dev62 and held-out 16 (session 9, last round): ``--seed 20721``, 400
  articles split in eight. Dev57-dev62 on arrival: agency+organization 0.922 /
  0.841 (session start), 0.929 / 0.850 (the CRF trained on dev2-dev56). The CRF
  was then retrained on dev2-dev62. Held-out 16 (100 articles, 738 spans) was
  measured once, with that final code: person 0.953 / 0.850 → 0.964 / 0.862,
  agency+organization 0.897 / 0.867 → 0.900 / 0.870, organization 0.913 / 0.865
  → 0.918 / 0.870 (session start → end). Pooled over held-outs 3-16 (1,347
  articles): person 0.950 / 0.884 → 0.956 / 0.895, agency+organization 0.911 /
  0.860 → 0.921 / 0.876, organization 0.887 / 0.843 → 0.902 / 0.854.
- Gold set, aligned with this guide in session 4 (two articles): titles out
  of names ("Mullah Abdul Rauf" → "Abdul Rauf", "Akhtar Mansoor" whole), and
  abmusu-val-022-2 annotated in full (initials "O.C.Đ" and the later "Hải",
  "Tư", "Đ", which the older annotation had left out).

Honesty note: the held-out figures recorded before any change are the
honest ones. The fixes made after that (see the module history and the
written-sentence tests in ``tests/pipeline/test_entities.py``) were chosen
by looking at the held-out misses by category, so figures measured after
them are somewhat optimistic too.

Scores: exact = same (start, end, kind); lenient = same kind and overlapping
spans (each gold and predicted span matched at most once).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bantin.pipeline.entities import KINDS, extract_entities
from bantin.text.normalize import clean

GOLD = ROOT / "tests" / "data" / "entities_gold.jsonl"
HELDOUT = ROOT / "tests" / "data" / "entities_heldout.jsonl"
# development sets: annotated blind like the held-out sets, measured on arrival,
# then read and learnt from ("new": the latest, measured before their misses were read)
DEV_NUMBERS = tuple(range(2, 63))
NEW_DEV = ("dev57", "dev58", "dev59", "dev60", "dev61", "dev62")
DEV_SETS = {f"dev{i}": ROOT / "tests" / "data" / f"entities_dev{i}.jsonl" for i in DEV_NUMBERS}
# blind sets in use (held-out 2 is the retired ``HELDOUT``)
HELDOUTS = {f"heldout{i}": ROOT / "tests" / "data" / f"entities_heldout{i}.jsonl"
            for i in range(3, 17)}
DATA = ROOT.parent / "shared" / "data"
GROUPS = {"agency+organization": ("agency", "organization")}


def _texts(need: set[tuple[str, str]], data_dir: Path) -> dict[tuple[str, str], str]:
    """(dataset, id) → the cleaned text, for the articles in ``need`` that
    ``data_dir`` holds (none when it is absent)."""
    texts: dict[tuple[str, str], str] = {}
    if not data_dir.exists():
        return texts
    for ds in {d for d, _ in need}:
        for rec in articles(ds, data_dir):
            if (ds, str(rec["id"])) in need:
                texts[(ds, str(rec["id"]))] = clean(rec.get("text") or "")
    return texts


def articles(ds: str, data_dir: Path = DATA):
    """The records of a set's ``articles.jsonl`` (or ``.jsonl.gz``, as
    vietnews-bench ships); nothing when the set is absent."""
    p = data_dir / ds / "articles.jsonl"
    if not p.exists():
        p = p.with_suffix(".jsonl.gz")
        if not p.exists():
            return
    with (gzip.open(p, "rt", encoding="utf-8") if p.suffix == ".gz" else
          open(p, encoding="utf-8")) as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def load_gold(path: Path = GOLD, data_dir: Path = DATA, real: bool = True):
    """(text, gold spans) pairs; real articles only when ``data_dir`` exists."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = _texts({(r["dataset"], r["id"]) for r in rows if "text" not in r}, data_dir) \
        if real else {}
    out = []
    for r in rows:
        text = r.get("text") or texts.get((r["dataset"], r["id"]))
        if text is None:
            continue
        out.append((r["dataset"], r["id"], text, [tuple(s) for s in r["spans"]]))
    return out


def load_heldout(path: Path = HELDOUT, data_dir: Path = DATA):
    """(dataset, id, text, gold spans, window end[, kinds]) for the held-out
    articles; empty when ``data_dir`` is absent (the texts are not in the
    repository). A row with ``"kinds"`` (dev3) is annotated for those kinds
    only: the other kinds are not scored on it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = _texts({(r["dataset"], r["id"]) for r in rows}, data_dir)
    out = []
    for r in rows:
        text = texts.get((r["dataset"], r["id"]))
        if text is None:
            continue
        item = (r["dataset"], r["id"], text, [tuple(s[:4]) for s in r["spans"]],
                r["window"][1])
        if r.get("kinds"):
            item += (frozenset(r["kinds"]),)
        out.append(item)
    return out


def _prf(t: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = t / n_pred if n_pred else 1.0
    r = t / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _predict(item) -> list[tuple]:
    """Predicted (start, end, kind, key, surface); inside the window if the item has one."""
    text = item[2]
    window = item[4] if len(item) > 4 else None
    kinds = item[5] if len(item) > 5 else None
    return [(e.start, e.end, e.kind, e.key, text[e.start:e.end]) for e in extract_entities(text)
            if (window is None or e.start < window) and (kinds is None or e.kind in kinds)]


def misses(items, kinds=None) -> list[tuple[str, str, str, str, str]]:
    """Exact-match errors: (kind, "FN"|"FP", article id, surface, context)."""
    out = []
    for item in items:
        text, gold = item[2], item[3]
        pred = _predict(item)
        gs = {(s[0], s[1], s[2]) for s in gold}
        ps = {(s[0], s[1], s[2]) for s in pred}
        for tag, spans, other in (("FN", gold, ps), ("FP", pred, gs)):
            for s in spans:
                if (s[0], s[1], s[2]) in other or (kinds and s[2] not in kinds):
                    continue
                ctx = text[max(0, s[0] - 30):s[1] + 20].replace("\n", " ")
                out.append((s[2], tag, item[1], text[s[0]:s[1]], ctx))
    return sorted(out, key=lambda m: (KINDS.index(m[0]), m[1], m[2]))


def score(items, preds=None) -> dict[str, dict[str, float]]:
    """Per-kind (and grouped) precision/recall/F1, exact and lenient. Items are
    (dataset, id, text, gold spans[, window end]); ``preds``, when given, the
    predicted (start, end, kind, ...) spans of each item, else `extract_entities`'."""
    tp = defaultdict(int)
    tpl = defaultdict(int)
    n_pred = defaultdict(int)
    n_gold = defaultdict(int)
    for i, item in enumerate(items):
        gold = item[3]
        pred = _predict(item) if preds is None else preds[i]
        for kinds_name, kinds in [(k, (k,)) for k in KINDS] + list(GROUPS.items()):
            if len(item) > 5 and not set(kinds) <= item[5]:
                continue
            g = [s for s in gold if s[2] in kinds]
            p = [s for s in pred if s[2] in kinds]
            n_gold[kinds_name] += len(g)
            n_pred[kinds_name] += len(p)
            gs = {(s[0], s[1], s[2] if len(kinds) == 1 else "g") for s in g}
            tp[kinds_name] += sum(1 for s in p if (s[0], s[1], s[2] if len(kinds) == 1 else "g")
                                  in gs)
            used = set()
            for s in p:
                for j, t in enumerate(g):
                    if j not in used and s[0] < t[1] and t[0] < s[1] and (
                            len(kinds) > 1 or s[2] == t[2]):
                        used.add(j)
                        tpl[kinds_name] += 1
                        break
    res = {}
    for k in list(KINDS) + list(GROUPS):
        p, r, f = _prf(tp[k], n_pred[k], n_gold[k])
        pl, rl, fl = _prf(tpl[k], n_pred[k], n_gold[k])
        res[k] = {"gold": n_gold[k], "pred": n_pred[k], "p": p, "r": r, "f1": f,
                  "p_lenient": pl, "r_lenient": rl, "f1_lenient": fl}
    return res


def print_table(res, title):
    print(f"\n{title}")
    print(f"{'kind':22} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   "
          f"{'P~':>6} {'R~':>6} {'F1~':>6}")
    for k, v in res.items():
        print(f"{k:22} {v['gold']:5d} {v['pred']:5d} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}"
              f"   {v['p_lenient']:6.3f} {v['r_lenient']:6.3f} {v['f1_lenient']:6.3f}")


def speed(n: int) -> None:
    path = DATA / "vietnews-bench" / "articles.jsonl.gz"
    if not path.exists():
        print(f"\nspeed: skipped ({path} is absent)")
        return
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(clean(json.loads(line)["text"]))
            if len(texts) >= n:
                break
    extract_entities(texts[0])  # compile the gazetteers
    t0, c0 = time.perf_counter(), time.process_time()
    n_ent = sum(len(extract_entities(t)) for t in texts)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(map(len, texts)) / len(texts)
    print(f"\nspeed over {len(texts)} vietnews-bench articles ({chars:.0f} chars avg, "
          f"{n_ent / len(texts):.1f} entities each): {len(texts) / cpu:.0f} articles/s CPU, "
          f"{len(texts) / wall:.0f} articles/s wall (one core)")


def print_misses(items, title) -> None:
    ms = misses(items)
    print(f"\n{title}: {len(ms)} exact-match errors (FN = gold span missed, FP = wrong span)")
    for kind, tag, art, surface, ctx in ms:
        print(f"  {kind:12} {tag} {art:24} {surface!r:40} …{ctx}…")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=(*HELDOUTS, "heldout", "gold", *DEV_SETS, "new", "dev", "both", "all"),
                    default="both",
                    help="which annotated set to score")
    ap.add_argument("--misses", action="store_true", help="list the exact-match errors")
    ap.add_argument("--n", type=int, default=5000, help="articles for the speed run (0: none)")
    args = ap.parse_args()
    if args.set in ("gold", "dev", "both", "all"):
        items = load_gold()
        hand = [i for i in items if i[0] == "handwritten"]
        real = [i for i in items if i[0] != "handwritten"]
        print(f"gold: {len(hand)} hand-written sentences, {len(real)} real articles")
        print_table(score(items), "all gold (exact = same span+kind; ~ = lenient overlap)")
        if real:
            print_table(score(real), "real articles only")
        else:
            print(f"real articles: skipped ({DATA} is absent)")
        if args.misses:
            print_misses(items, "gold")
    devs = tuple((name, path, (name, "dev", "all") + (("new",) if name in NEW_DEV else ()),
                  "person/agency/organization only") for name, path in DEV_SETS.items())
    blind = tuple((f"held-out {name[7:]}", path, (name,),
                   "annotated blind; person/agency/organization only")
                  for name, path in HELDOUTS.items())
    retired = (("held-out", None, ("heldout", "both", "all"), "annotated blind, since retired"),)
    for name, path, sets, what in devs + retired + blind:
        if args.set not in sets:
            continue
        rows = load_heldout(path) if path else load_heldout()
        if not rows:
            print(f"\n{name}: skipped ({DATA} is absent)")
            continue
        print(f"\n{name}: {len(rows)} real articles ({what})")
        print_table(score(rows), f"{name} (exact = same span+kind; ~ = lenient overlap)")
        if args.misses:
            print_misses(rows, name)
    if args.n:
        speed(args.n)


if __name__ == "__main__":
    main()
