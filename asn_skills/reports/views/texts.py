"""Texts of the documents: titles, column headings, notes and sheet names, in Indonesian and English."""

from __future__ import annotations

from typing import Any

from asn_skills.i18n import render


def t(key: str, lang: str, /, **params: Any) -> str:
    """The document text `key` in `lang` (Indonesian when missing), with `params` filled in."""
    return render(TEXTS, key, lang, **params)


TEXTS: dict[str, dict[str, str]] = {
    # Reports and plans
    "col.number": {"id": "No.", "en": "No."},
    "report.organisation": {"id": "laporan organisasi, putaran {round}", "en": "organisation report, round {round}"},
    "report.units": {"id": "per unit kerja, putaran {round}", "en": "by unit, round {round}"},
    "report.flagged": {"id": "perlu pelatihan, putaran {round}", "en": "needing training, round {round}"},
    "report.items_title": {"id": "statistik butir, putaran {round}", "en": "item statistics, round {round}"},
    "report.compare": {"id": "perbandingan {first} dan {second}", "en": "{first} compared with {second}"},
    "report.suppressed": {
        "id": "{n:n} pegawai: kurang dari {minimum}, statistik tidak ditampilkan untuk melindungi data pribadi.",
        "en": "{n:n} employees: fewer than {minimum}, so no statistics are shown, to protect personal data.",
    },
    # incomplete results, said first
    "report.incomplete": {
        "id": "Perhatian: {incomplete:n} dari {total:n} hasil tidak lengkap. Ranah tanpa skor (jumlah pegawai): "
        "{areas}. Angka di bawah hanya menghitung ranah yang dinilai.",
        "en": "Note: {incomplete:n} of {total:n} results are incomplete. Areas without a score (employees): {areas}. "
        "The figures below count scored areas only.",
    },
    "report.critical_missing": {
        "id": "{n:n} pegawai tidak punya skor di ranah wajib (kritis), sehingga kecocokannya dengan jabatan tidak "
        "dapat ditentukan; nilai ulang ranah itu.",
        "en": "{n:n} employees have no score in a critical area, so their match with the role cannot be known; "
        "assess that area again.",
    },
    "report.headline": {
        "id": "{n:n} pegawai dinilai · {flagged:n} perlu pelatihan ({high:n} prioritas tinggi, {medium:n} sedang) · "
        "{confirm:n} perlu konfirmasi atasan · {low:n} mendapat saran pengembangan · skor rata-rata {overall}",
        "en": "{n:n} employees assessed · {flagged:n} need training ({high:n} high priority, {medium:n} medium) · "
        "{confirm:n} to be confirmed by the supervisor · {low:n} with a development suggestion · mean score {overall}",
    },
    "report.domain_means": {"id": "Skor rata-rata per ranah", "en": "Mean score per area"},
    "report.bar_text": {"id": "{mean} · {below} di bawah syarat", "en": "{mean} · {below} below requirement"},
    "report.domains": {"id": "Ranah: skor, sebaran level, kesenjangan", "en": "Areas: scores, levels, gaps"},
    "report.weakest": {"id": "Ranah terlemah: {domains}.", "en": "Weakest areas: {domains}."},
    "report.national": {
        "id": "Dibandingkan dengan Indeks Literasi Digital nasional, segmen pekerja pemerintahan/TNI/Polri (skala 1-5)",
        "en": "Compared with the national Digital Literacy Index, government/TNI/Polri workers (scale 1-5)",
    },
    "report.national_indicative": {
        "id": "Perbandingan ini indikatif: populasi dan butir survei nasional berbeda dengan kuesioner ini.",
        "en": "This comparison is indicative: the national survey has a different population and items.",
    },
    "report.overall": {"id": "Keseluruhan", "en": "Overall"},
    "report.units_top": {"id": "Unit yang paling membutuhkan", "en": "Units most in need"},
    "report.units_all": {"id": "Unit kerja x ranah (rata-rata skor)", "en": "Units x areas (mean score)"},
    "report.small_group": {"id": "n < {minimum}", "en": "n < {minimum}"},
    "report.shade_legend": {
        "id": "Warna sel: rata-rata di bawah skor minimum level yang dipersyaratkan sebagian besar jabatan di unit "
        "(merah), sesuai, sampai 5 poin di atasnya (hijau), di atas (biru).",
        "en": "Cell colour: the mean is below the least score of the level most of the unit's roles require (red), "
        "at it, up to 5 points above (green), above it (blue).",
    },
    # Charts
    "chart.required_band": {"id": "rentang level yang dipersyaratkan", "en": "required level's range"},
    "chart.required_note": {
        "id": "Rentang kuning: skor level yang dipersyaratkan sebagian besar jabatan untuk ranah itu.",
        "en": "Yellow range: the scores of the level most roles require in that area.",
    },
    "chart.heatmap": {
        "id": "Peta unit x ranah: posisi terhadap syarat",
        "en": "Units x areas: standing against the requirement",
    },
    "chart.below": {"id": "di bawah syarat", "en": "below requirement"},
    "chart.at": {"id": "sesuai syarat", "en": "at requirement"},
    "chart.above": {"id": "di atas syarat", "en": "above requirement"},
    "chart.heatmap_note": {
        "id": "Angka = skor rata-rata unit; tanda = posisinya terhadap skor minimum level yang dipersyaratkan "
        "sebagian besar jabatan di unit: di bawah, sesuai (0-5 poin di atasnya), di atas (lebih dari 5 poin). Pada "
        "gambar makin gelap makin jauh. Unit kecil tidak ditampilkan.",
        "en": "Number = the unit's mean score; sign = where it stands against the least score of the level most of "
        "the unit's roles require: below, at (0-5 points above it), above (more than 5 points). In the picture "
        "darker is further. Small units are not shown.",
    },
    "report.flagged_title": {"id": "{n:n} pegawai perlu pelatihan", "en": "{n:n} employees need training"},
    "report.reliability": {"id": "Keandalan per ranah", "en": "Reliability per area"},
    "report.alpha_note": {
        "id": "Alfa Cronbach dihitung dari pegawai yang menjawab semua butir ranah itu (n lengkap); "
        ">= 0,7 umumnya dianggap memadai.",
        "en": "Cronbach's alpha over the staff who answered every item of the area (complete n); "
        ">= 0.7 is usually taken as adequate.",
    },
    "report.items": {"id": "Butir", "en": "Items"},
    "report.items_note": {
        "id": "Tingkat kesulitan = rata-rata skor butir (0-1); daya beda = korelasi butir dengan total butir lain "
        "di ranahnya; di bawah 0,2 ditandai lemah.",
        "en": "Difficulty = mean item score (0-1); discrimination = correlation of the item with the total of the "
        "area's other items; below 0.2 is marked weak.",
    },
    "report.weak_item": {"id": "lemah", "en": "weak"},
    # Item analysis (report --items)
    "items.options": {"id": "Pilihan jawaban per sepertiga", "en": "Options by third"},
    "items.options_note": {
        "id": "Sepertiga atas dan bawah menurut skor pengetahuan pada butir lain. Kunci sebaiknya lebih banyak "
        'dipilih sepertiga atas, pengecoh lebih banyak oleh sepertiga bawah. "Kunci mungkin salah": kunci '
        "lebih banyak dipilih sepertiga bawah, atau pengecoh menarik sepertiga atas lebih dari kunci.",
        "en": "Top and bottom thirds by the knowledge score on the other items. The key should draw more of the "
        'top third, each wrong option more of the bottom third. "Possible mis-key": the key draws the bottom '
        "third more, or a wrong option draws more of the top third than the key.",
    },
    "items.options_too_few": {
        "id": "{people:n} pegawai: terlalu sedikit untuk membandingkan sepertiga atas dan bawah.",
        "en": "{people:n} staff: too few to compare the top and bottom thirds.",
    },
    "items.key": {"id": "kunci", "en": "key"},
    "items.mis_key": {"id": "kunci mungkin salah", "en": "possible mis-key"},
    "items.attractive": {"id": "pengecoh menarik", "en": "attractive distractor"},
    "items.misfit": {"id": "tidak cocok model", "en": "misfit"},
    "items.dif_flag": {"id": "DIF C ({groups})", "en": "DIF C ({groups})"},
    "items.circulating": {"id": "jawaban mungkin beredar", "en": "answers may be circulating"},
    "items.rasch_note": {
        "id": "Model Rasch atas {people:n} pegawai (yang tidak benar semua atau salah semua): kesulitan dalam logit "
        "(0 = butir rata-rata) dengan galat bakunya; infit di luar {infit} atau outfit di luar {outfit} ditandai "
        "tidak cocok model.",
        "en": "Rasch model over {people:n} staff (those with neither all nor no items right): difficulty in logits "
        "(0 = the average item) with its standard error; infit outside {infit} or outfit outside {outfit} is "
        "flagged as misfit.",
    },
    "items.rasch_too_few": {
        "id": "Model Rasch butuh paling sedikit {least:n} pegawai yang tidak benar semua atau salah semua; putaran "
        "ini punya {people:n}.",
        "en": "The Rasch model needs at least {least:n} staff with neither all nor no items right; this round has "
        "{people:n}.",
    },
    "items.dif": {"id": "Fungsi butir berbeda antarkelompok (DIF)", "en": "Differential item functioning (DIF)"},
    "items.dif_note": {
        "id": "Mantel-Haenszel: kelompok dibandingkan di antara pegawai dengan skor total sama; delta negatif = "
        "lebih sulit bagi kelompok pertama. Kelas ETS: A dapat diabaikan, B kecil (perhatikan), C besar (telaah "
        "butirnya). Hanya kelompok dengan paling sedikit {least:n} pegawai.",
        "en": "Mantel-Haenszel: the groups are compared among staff with the same total score; a negative delta = "
        "harder for the first group. ETS classes: A negligible, B small (watch), C large (review the item). "
        "Only groups of at least {least:n} staff.",
    },
    "items.dif_all_a": {
        "id": "Dibandingkan: {groups}; butir yang tidak tercantum berkelas A.",
        "en": "Compared: {groups}; items not listed are class A.",
    },
    "items.dif_none": {
        "id": "Tidak ada kelompok (jenis kelamin dari NIP, jabatan) yang cukup besar untuk dibandingkan.",
        "en": "No groups (sex from the NIP, role) large enough to compare.",
    },
    "items.sex_groups": {"id": "perempuan / laki-laki", "en": "women / men"},
    "items.drift": {
        "id": "Perubahan proporsi benar per butir ({before} → {after})",
        "en": "Change in share correct per item ({before} → {after})",
    },
    "items.drift_note": {
        "id": "Perubahan dalam log-odds; median semua butir {median}. Pelatihan menaikkan semua butir bersama; "
        "satu butir yang melonjak jauh melampaui median (z >= {z}) menandakan jawabannya mungkin beredar: "
        "ganti butir itu di putaran berikutnya.",
        "en": "Change in log-odds; the median over all items is {median}. Training lifts all items together; "
        "one item jumping far beyond the median (z >= {z}) suggests its answer may be circulating: replace it "
        "in the next round.",
    },
    "col.logit": {"id": "Logit", "en": "Logit"},
    "col.logit_se": {"id": "GB", "en": "SE"},
    "col.option": {"id": "Pilihan", "en": "Option"},
    "col.label": {"id": "Teks pilihan", "en": "Option text"},
    "col.key": {"id": "Kunci", "en": "Key"},
    "col.top_third": {"id": "Sepertiga atas", "en": "Top third"},
    "col.bottom_third": {"id": "Sepertiga bawah", "en": "Bottom third"},
    "col.everyone": {"id": "Semua", "en": "Everyone"},
    "col.groups": {"id": "Kelompok", "en": "Groups"},
    "col.reference_n": {"id": "n pembanding", "en": "Reference n"},
    "col.focal_n": {"id": "n fokus", "en": "Focal n"},
    "col.ets": {"id": "Kelas ETS", "en": "ETS class"},
    "col.logit_change": {"id": "Perubahan (logit)", "en": "Change (logit)"},
    "col.beyond_median": {"id": "Di atas median", "en": "Beyond median"},
    "sheet.options": {"id": "Pilihan", "en": "Options"},
    "sheet.drift": {"id": "Perubahan butir", "en": "Item change"},
    "sheet.dif": {"id": "DIF", "en": "DIF"},
    "report.compare_units": {
        "id": "Perubahan skor rata-rata per unit ({first} → {second})",
        "en": "Change in mean score per unit ({first} → {second})",
    },
    "report.small_groups_blank": {
        "id": "Unit dengan kurang dari {minimum} pegawai di salah satu putaran dikosongkan.",
        "en": "Units with fewer than {minimum} staff in either round are left blank.",
    },
    "report.movers_count": {
        "id": "{out:n} pegawai tidak lagi perlu pelatihan, {into:n} kini perlu pelatihan.",
        "en": "{out:n} employees no longer need training, {into:n} now need it.",
    },
    "report.compare_flagged": {
        "id": "perlu pelatihan {before:n} → {after:n} ({change})",
        "en": "needing training {before:n} → {after:n} ({change})",
    },
    "report.compare_overall": {
        "id": "skor rata-rata {before} → {after} ({change})",
        "en": "mean score {before} → {after} ({change})",
    },
    "report.compare_n": {"id": "dinilai {first:n} → {second:n}", "en": "assessed {first:n} → {second:n}"},
    "report.compare_areas_chart": {
        "id": "Skor rata-rata per ranah, sebelum dan sesudah",
        "en": "Mean score per area, before and after",
    },
    "report.compare_units_chart": {
        "id": "Skor rata-rata per unit, sebelum dan sesudah",
        "en": "Mean score per unit, before and after",
    },
    "report.movers": {"id": "Perpindahan status pelatihan", "en": "Moves in training need"},
    "report.out_of_need": {"id": "tidak lagi perlu pelatihan", "en": "no longer need training"},
    "report.into_need": {"id": "kini perlu pelatihan", "en": "now need training"},
    "report.in_both": {"id": "{n:n} pegawai ada di kedua putaran.", "en": "{n:n} employees are in both rounds."},
    # AKPK plan attachment
    "akpk.title": {
        "id": "Rencana pengembangan kompetensi digital ASN tahun {year}",
        "en": "Digital competence development plan for civil servants, {year}",
    },
    "akpk.headline": {
        "id": "Dari hasil pengukuran putaran {round}: {employees:n} pegawai mendapat rekomendasi · {classes:n} kelas · "
        "{hours:n} JP penyelenggaraan · {participant_hours:n} JP peserta",
        "en": "From the assessment round {round}: {employees:n} employees with recommendations · {classes:n} classes · "
        "{hours:n} JP delivered · {participant_hours:n} participant JP",
    },
    "akpk.attachment": {"id": "Lampiran", "en": "Attachment to"},
    "akpk.number": {"id": "Nomor", "en": "Number"},
    "akpk.date": {"id": "Tanggal", "en": "Date"},
    "akpk.decree_blank": {"id": "Keputusan ........................", "en": "Decree ........................"},
    "akpk.blank": {"id": "........................", "en": "........................"},
    "akpk.firm": {"id": "Peserta pasti", "en": "Firm"},
    "akpk.pending": {"id": "Menunggu konfirmasi", "en": "Pending confirmation"},
    "akpk.cost": {"id": "Perkiraan biaya (Rp)", "en": "Cost estimate (Rp)"},
    "akpk.quarter": {"id": "Triwulan", "en": "Quarter"},
    "akpk.deferred_only": {"id": "tahun berikut ({n:n} ditunda)", "en": "next year ({n:n} deferred)"},
    "akpk.later": {"id": "{n:n} kelas thn berikut", "en": "{n:n} classes next year"},
    "akpk.cost_note": {
        "id": "Biaya adalah perkiraan: peserta x biaya per peserta + kelas x biaya per kelas, dari katalog atau "
        "`[plan.costs]` berkas instansi (mis. menurut standar biaya masukan).",
        "en": "Costs are estimates: participants x cost per participant + classes x cost per class, from the "
        "catalogue or the agency file's [plan.costs] (e.g. from the input cost standard).",
    },
    "akpk.cost_partial": {
        "id": "{n:n} pelatihan tanpa biaya yang diketahui tidak masuk jumlah (-).",
        "en": "{n:n} courses with no known cost are left out of the total (-).",
    },
    "akpk.cost_unknown": {
        "id": "Biaya belum diketahui: isi `cost_per_participant`/`cost_per_class` di katalog atau `[plan.costs]` di "
        "berkas instansi untuk perkiraan biaya.",
        "en": "No cost is known: set cost_per_participant/cost_per_class in the catalogue or [plan.costs] in the "
        "agency file for a cost estimate.",
    },
    "akpk.quarter_note": {
        "id": "Triwulan: kelas ranah kritis dan pelatihan dengan peserta pasti terbanyak lebih dulu, paling banyak "
        "{capacity} kelas per triwulan (kelas per triwulan: {by_quarter}).",
        "en": "Quarter: classes of critical areas and of the courses most people need come first, at most "
        "{capacity} classes a quarter (classes per quarter: {by_quarter}).",
    },
    "akpk.unscheduled": {
        "id": "{n:n} kelas tidak muat dalam kapasitas tahun ini (`quarter_capacity` di `[plan]` berkas instansi).",
        "en": "{n:n} classes do not fit this year's capacity (quarter_capacity in the agency file's [plan]).",
    },
    "akpk.participants_chart": {"id": "Peserta per pelatihan", "en": "Participants per course"},
    "akpk.participants_text": {
        "id": "{total:n} ({firm:n} pasti, {suggestions:n} saran{pending})",
        "en": "{total:n} ({firm:n} firm, {suggestions:n} suggested{pending})",
    },
    "akpk.pending_text": {"id": ", {n:n} menunggu konfirmasi", "en": ", {n:n} pending"},
    "akpk.people": {"id": "Pegawai", "en": "Employees"},
    "akpk.places": {"id": "Tempat pelatihan", "en": "Course places"},
    "akpk.by_unit_note": {
        "id": "Pegawai = orang di unit yang mendapat pelatihan; Tempat pelatihan = jumlah kursi pelatihan (satu "
        'pegawai bisa mengikuti beberapa). Kolom bernomor = No. pelatihan pada tabel "Per pelatihan".',
        "en": "Employees = people in the unit with a course; Course places = seats taken (one employee may take "
        'several). Numbered columns = the course No. in the "Per course" table.',
    },
    "plan.courses": {"id": "Per pelatihan", "en": "Per course"},
    "plan.courses_note": {
        "id": "Kelas dihitung dengan {size} peserta per kelas; JP total = kelas x JP. Saran: peserta yang tidak "
        "ditandai perlu pelatihan, tetapi masih kurang di suatu ranah (saran pengembangan).",
        "en": "Classes at {size} participants each; total JP = classes x JP. Suggestions: participants not flagged "
        "for training but still short in some area (a development suggestion).",
    },
    "plan.by_unit": {"id": "Peserta per unit kerja", "en": "Participants per unit"},
    "plan.employees_hint": {
        "id": "Daftar per pegawai: asn-skills plan --employees",
        "en": "Per-employee list: asn-skills plan --employees",
    },
    "plan.employees": {"id": "Per pegawai", "en": "Per employee"},
    "plan.budget_note": {
        "id": "Rekomendasi tahun ini muat dalam {budget:n} JP per pegawai; sisanya ditunda ke tahun depan.",
        "en": "This year's recommendations fit within {budget:n} JP per employee; the rest is deferred to next year.",
    },
    "report.showing": {
        "id": "menampilkan {shown:n} pertama dari {total:n}; --top 0 untuk semua",
        "en": "showing the first {shown:n} of {total:n}; --top 0 for all",
    },
    "col.domain_short": {"id": "Ranah", "en": "Area"},
    "col.total": {"id": "Jumlah", "en": "Total"},
    "col.priority": {"id": "Prioritas", "en": "Priority"},
    "col.course_numbers": {"id": "Pelatihan (No.)", "en": "Courses (No.)"},
    "col.course_id": {"id": "Id pelatihan", "en": "Course id"},
    "col.deferred_jp": {"id": "JP ditunda", "en": "Deferred JP"},
    "col.participant_jp": {"id": "JP peserta", "en": "Participant JP"},
    "plan.compact_note": {
        "id": "Terminal sempit: penyelenggara dan moda ada di --format html/markdown/csv atau terminal >= 160 kolom.",
        "en": "Narrow terminal: provider and mode are in --format html/markdown/csv or a terminal of 160+ columns.",
    },
    "plan.numbers_note": {
        "id": 'Pelatihan dan Ditunda berisi No. pelatihan pada tabel "Per pelatihan".',
        "en": 'Courses and Deferred hold the course No. from the "Per course" table.',
    },
    "sign.position": {"id": "Pejabat yang berwenang", "en": "Authorised official"},
    "col.level_name": {"id": "Nama level", "en": "Level name"},
    "col.gap": {"id": "Kesenjangan", "en": "Gap"},
    "col.deferred_count": {"id": "Ditunda", "en": "Deferred"},
    "plan.employees_compact_note": {
        "id": "Terminal sempit: NIP, jabatan dan No. pelatihan yang ditunda ada di --format html/markdown/csv "
        "atau terminal >= 160 kolom.",
        "en": "Narrow terminal: NIP, role and the deferred course numbers are in --format html/markdown/csv "
        "or a terminal of 160+ columns.",
    },
    "col.unit_name": {"id": "Unit kerja / nama", "en": "Unit / name"},
    "col.courses_count": {"id": "Pelatihan", "en": "Courses"},
    "report.compact_note": {
        "id": "Terminal sempit: NIP, jabatan dan judul pelatihan ada di --format html/markdown/csv "
        "atau terminal >= 160 kolom.",
        "en": "Narrow terminal: NIP, role and course titles are in --format html/markdown/csv "
        "or a terminal of 160+ columns.",
    },
    "report.overestimates_count": {
        "id": "Menilai diri terlalu tinggi: {count:n} pegawai, swanilainya (semua area digabung) jauh di atas skor "
        "pengetahuannya, melebihi galat ukurnya. Indikatif, bukan alasan pelatihan: bahas bersama atasan.",
        "en": "Rates self too high: {count:n} staff, whose self-rating (all areas pooled) is well above their "
        "knowledge score, beyond its measurement error. Indicative, not a reason for training: discuss with "
        "the supervisor.",
    },
    "report.overestimates_unknown": {
        "id": "Menilai diri terlalu tinggi: tidak diketahui, karena hasil ini ditulis versi lama yang belum memuat "
        "penilaian itu; nilai ulang ekspornya dengan `asn-skills score`.",
        "en": "Rates self too high: unknown, as these results were written by an older version that did not hold "
        "that judgement; score the export again with `asn-skills score`.",
    },
    "col.here": {"id": "Di sini", "en": "Here"},
    "col.national": {"id": "Nasional (pemerintahan)", "en": "National (government)"},
    "col.difference": {"id": "Selisih", "en": "Difference"},
    "col.flagged_share": {"id": "Perlu pelatihan (%)", "en": "Flagged (%)"},
    "col.gap_in": {"id": "Kesenjangan {domain}", "en": "Gap {domain}"},
    "col.complete": {"id": "n lengkap", "en": "Complete n"},
    "col.item": {"id": "Butir", "en": "Item"},
    "col.item_flag": {"id": "Tanda", "en": "Flag"},
    "col.kind": {"id": "Jenis", "en": "Kind"},
    # kinds of question and modes of training, as people read them (the TOML keeps its own values)
    "kind.self": {"id": "swanilai", "en": "self-rating"},
    "kind.likert": {"id": "skala Likert", "en": "Likert scale"},
    "kind.choice": {"id": "pilihan ganda", "en": "single choice"},
    "kind.multi": {"id": "jawaban ganda", "en": "multiple answers"},
    "mode.e-learning": {"id": "daring", "en": "e-learning"},
    "mode.klasikal": {"id": "klasikal", "en": "classroom"},
    "mode.blended": {"id": "campuran (daring dan klasikal)", "en": "blended"},
    "show.default_role": {
        "id": "* jabatan bawaan untuk jabatan yang tidak dikenal",
        "en": "* default for unknown roles",
    },
    "col.alpha": {"id": "Alfa", "en": "Alpha"},
    "col.difficulty": {"id": "Kesulitan", "en": "Difficulty"},
    "col.discrimination": {"id": "Daya beda", "en": "Discrimination"},
    "col.alpha_dropped": {"id": "Alfa jika dibuang", "en": "Alpha if dropped"},
    "col.change": {"id": "Perubahan", "en": "Change"},
    "col.participants": {"id": "Peserta", "en": "Participants"},
    "col.suggestions": {"id": "Saran", "en": "Suggestions"},
    "col.participants_short": {"id": "Peserta", "en": "People"},
    "col.suggestions_short": {"id": "Saran", "en": "Sugg."},
    "col.classes": {"id": "Kelas", "en": "Classes"},
    "col.jp_total": {"id": "JP total", "en": "Total JP"},
    "col.deferred": {"id": "Ditunda", "en": "Deferred"},
    # demo
    "demo.more_flagged": {
        "id": "... dan {rest:n} lagi: asn-skills report --flagged menampilkan semuanya",
        "en": "... and {rest:n} more: asn-skills report --flagged lists them all",
    },
    # Every personal report in a folder
    "persons.file_stem": {"id": "pegawai", "en": "employee"},
    "persons.file": {"id": "Berkas", "en": "File"},
    "persons.title": {
        "id": "{title} - laporan pribadi, putaran {round}",
        "en": "{title} - personal reports, round {round}",
    },
    "persons.index": {"id": "Daftar {n:n} laporan pribadi", "en": "{n:n} personal reports"},
    "persons.index_note": {
        "id": "Nama berkas tidak memuat nama atau NIP; daftar ini menunjukkan siapa di berkas mana. Simpan dan "
        "bagikan hanya kepada yang berhak (UU 27/2022).",
        "en": "File names hold no name or NIP; this list says who is in which file. Keep it and share it only "
        "with those entitled to it (Law 27/2022).",
    },
    # Personal report
    "person.title": {"id": "{title} - laporan pribadi", "en": "{title} - personal report"},
    "person.round": {"id": "putaran {round}", "en": "round {round}"},
    "person.answered": {"id": "dijawab {date}", "en": "answered {date}"},
    "person.chart": {"id": "Skor per ranah dan syarat jabatan", "en": "Score per area and the role's requirement"},
    "person.required_band": {"id": "rentang level syarat jabatan", "en": "range of the required level"},
    "person.chart_note": {
        "id": "Rentang kuning: skor level yang disyaratkan jabatan Anda; batang di dalam atau di kanannya "
        "memenuhi syarat.",
        "en": "Yellow range: the scores of the level your role requires; a bar reaching into it or beyond meets "
        "the requirement.",
    },
    "person.chart_error_note": {
        "id": "± = kesalahan baku pengukuran: skor sebenarnya kemungkinan besar berada dalam rentang garis itu.",
        "en": "± = standard error of measurement: the true score most likely lies within the whisker.",
    },
    "person.discuss": {"id": "Bahan diskusi dengan atasan langsung", "en": "To discuss with your supervisor"},
    "person.discuss_points": {"id": "Yang dibahas", "en": "Points"},
    "person.discuss_gap": {
        "id": "level {level}, jabatan mensyaratkan {required}; pelatihan: {courses}",
        "en": "level {level}, the role requires {required}; courses: {courses}",
    },
    "person.discuss_confirm": {
        "id": "skor dekat batas level: atasan mengonfirmasi perlu tidaknya pelatihan",
        "en": "the score is near a level's cut: the supervisor confirms whether training is needed",
    },
    "person.discuss_self": {
        "id": "swanilai jauh di atas skor pengetahuan: apa yang sungguh sudah dikuasai?",
        "en": "self-rating well above the knowledge score: what is really mastered?",
    },
    "person.overall": {"id": "Skor keseluruhan {overall}", "en": "Overall {overall}"},
    "person.jpm": {"id": "JPM {jpm}% ({band})", "en": "JPM {jpm}% ({band})"},
    "person.priority": {"id": "prioritas pelatihan: {priority}", "en": "training priority: {priority}"},
    "person.short": {"id": "kurang {gap}", "en": "{gap} short"},
    "person.overestimates": {
        "id": "Swanilai jauh di atas skor pengetahuan; bahas dengan atasan.",
        "en": "Self-rating well above the knowledge score; discuss it with your supervisor.",
    },
    "person.suggestions": {
        "id": "Saran pengembangan tahun ini, bukan kewajiban ({hours:n} dari {budget:n} JP)",
        "en": "Development suggestions for this year, not a requirement ({hours:n} of {budget:n} JP)",
    },
    "person.pending": {
        "id": "Pelatihan yang disarankan bila atasan mengonfirmasi ({hours:n} dari {budget:n} JP)",
        "en": "Courses recommended if the supervisor confirms ({hours:n} of {budget:n} JP)",
    },
    "person.courses": {
        "id": "Pelatihan yang disarankan tahun ini ({hours:n} dari {budget:n} JP)",
        "en": "Courses recommended this year ({hours:n} of {budget:n} JP)",
    },
    "person.deferred": {"id": "Ditunda ke tahun depan: {courses}", "en": "Deferred to next year: {courses}"},
    "person.band_unknown": {
        "id": "kecocokan dengan jabatan belum dapat ditentukan: ranah wajib {areas} tidak dinilai",
        "en": "match with the role not known: the critical area {areas} is not scored",
    },
    "person.incomplete": {
        "id": "Hasil tidak lengkap: ranah {areas} tidak dinilai (terlalu sedikit butir dijawab); nilai ulang ranah "
        "itu sebelum menyimpulkan kebutuhan pelatihan.",
        "en": "Incomplete result: {areas} not scored (too few items answered); assess those areas again before "
        "drawing conclusions about training.",
    },
    "person.no_courses": {
        "id": "Kompetensi sudah memenuhi syarat jabatan.",
        "en": "Competence meets the role's requirements.",
    },
    "match.meets": {"id": "Memenuhi Syarat", "en": "meets"},
    "match.nearly-meets": {"id": "Masih Memenuhi Syarat", "en": "nearly meets"},
    "match.below": {"id": "Kurang Memenuhi Syarat", "en": "below"},
    "priority_long.high": {"id": "tinggi", "en": "high"},
    "priority_long.medium": {"id": "sedang", "en": "medium"},
    "priority_long.low": {
        "id": "rendah (saran pengembangan, bukan tanda perlu pelatihan)",
        "en": "low (a development suggestion, not a training flag)",
    },
    "priority_long.none": {"id": "tidak perlu", "en": "none"},
    # decisions (train / confirm / suggestion)
    "priority_long.confirm": {
        "id": "perlu konfirmasi atasan (skor terlalu dekat dengan batas level untuk diputuskan)",
        "en": "to be confirmed by the supervisor (the score is too close to a level's cut to decide)",
    },
    "priority.confirm": {"id": "konfirmasi", "en": "confirm"},
    "plan.pending_note": {
        "id": "Menunggu konfirmasi atasan: {n:n} pegawai; peserta per pelatihan yang belum pasti: {courses}.",
        "en": "Awaiting the supervisor's confirmation: {n:n} staff; participants per course not yet firm: {courses}.",
    },
    "report.confirm_title": {
        "id": "Perlu konfirmasi atasan ({n:n} pegawai)",
        "en": "To be confirmed by the supervisor ({n:n} staff)",
    },
    "report.confirm_note": {
        "id": "Skor mereka terlalu dekat dengan batas level untuk diputuskan dari kuesioner saja: atasan "
        "mengonfirmasi apakah pelatihan diperlukan di area ini.",
        "en": "Their scores are too close to a level's cut to decide from the questionnaire alone: the supervisor "
        "confirms whether training is needed in these areas.",
    },
    "col.confirm": {"id": "Area dan alasan", "en": "Areas and why"},
    "decision.train": {
        "id": "Perlu pelatihan: kekurangannya jelas, juga dengan memperhitungkan galat ukur skor.",
        "en": "Needs training: the shortfall holds even allowing for the scores' measurement error.",
    },
    "decision.confirm": {
        "id": "Perlu konfirmasi atasan: {areas}. Skor terlalu dekat dengan batas level untuk diputuskan dari "
        "kuesioner saja.",
        "en": "To be confirmed by the supervisor: {areas}. The score is too close to a level's cut to decide "
        "from the questionnaire alone.",
    },
    "decision.reason": {"id": "skor {score}, batas {level} {cut}", "en": "score {score}, {level} from {cut}"},
    "decision.reason_knowledge": {
        "id": "pengetahuan {knowledge}, batas {cut}",
        "en": "knowledge {knowledge}, {cut} needed",
    },
    "decision.suggest": {
        "id": "Saran pengembangan: tidak perlu pelatihan, tetapi masih ada area di bawah syarat jabatan.",
        "en": "Development suggestion: no training needed, but some areas are still below the role's requirement.",
    },
    "col.required": {"id": "Syarat jabatan", "en": "Required"},
    "person.course_unknown": {
        "id": "{course} (tidak ada lagi di katalog)",
        "en": "{course} (no longer in the catalogue)",
    },
    # History
    "col.round": {"id": "Putaran", "en": "Round"},
    "col.questionnaire": {"id": "Kuesioner", "en": "Questionnaire"},
    "col.people": {"id": "Pegawai", "en": "People"},
    "col.assessments": {"id": "Penilaian", "en": "Assessments"},
    "col.unfinished": {"id": "Belum selesai", "en": "Unfinished"},
    # the two dates of an assessment: when it was answered, when it was stored
    "col.answered": {"id": "Diisi", "en": "Answered"},
    "col.stored": {"id": "Disimpan", "en": "Stored"},
    "history.dates": {
        "id": "Diisi = tanggal jawaban dikirim; Disimpan = tanggal masuk ke penyimpanan. Di bawah skor: perubahan "
        "sejak penilaian sebelumnya.",
        "en": "Answered = when the answers were submitted; Stored = when they entered the store. Below a score: "
        "the change since the previous assessment.",
    },
    "history.heading": {"id": "Riwayat penilaian {who}", "en": "Assessment history of {who}"},
    "history.title": {
        "id": "Skor per ranah (perubahan sejak penilaian sebelumnya)",
        "en": "Score per area (change since the previous assessment)",
    },
    "history.legend": {"id": "Kode ranah: {codes}", "en": "Area codes: {codes}"},
    # score --check
    "identity.nip": {"id": "identitas: NIP", "en": "identity: NIP"},
    "identity.name": {"id": "identitas: nama", "en": "identity: name"},
    "identity.unit": {"id": "identitas: unit kerja", "en": "identity: unit"},
    "identity.role": {"id": "identitas: jabatan", "en": "identity: role"},
    "identity.timestamp": {"id": "waktu pengisian", "en": "submission time"},
    "check.title": {
        "id": "Pemetaan kolom {file} (pemisah {delimiter}, {encoding})",
        "en": "Column mapping of {file} (delimiter {delimiter}, {encoding})",
    },
    "check.unused": {"id": "(tidak dipakai)", "en": "(unused)"},
    # Headings found below the first row, option columns of partly exported questions
    "check.header_row": {
        "id": "judul kolom pada baris {row} (dari {rows:n} baris judul); data mulai baris {data}",
        "en": "headings on row {row} ({rows:n} heading rows); data from line {data}",
    },
    "check.partial": {"id": "(pilihan tidak lengkap, tidak dinilai)", "en": "(options incomplete, not scored)"},
    "check.derived": {
        "id": "(turunan dari soal jawaban ganda, tidak dibaca)",
        "en": "(derived from a multi-select, not read)",
    },
    "check.duplicate": {
        "id": "(kolom ganda, diabaikan: yang pertama dipakai)",
        "en": "(duplicate column, ignored: the first one is used)",
    },
    "check.missing": {"id": "Pertanyaan tanpa kolom: {questions}", "en": "Questions without a column: {questions}"},
    "check.counts": {
        "id": "{questions:n} dari {total:n} pertanyaan ditemukan, {unused:n} kolom tidak dipakai; {rows:n} baris: "
        "{rejected:n} bermasalah, {superseded:n} duplikat",
        "en": "{questions:n} of {total:n} questions found, {unused:n} columns unused; {rows:n} rows: {rejected:n} with "
        "problems, {superseded:n} duplicates",
    },
    "check.problem": {
        "id": "baris {line}, kolom {column}: {reason}",
        "en": "line {line}, column {column}: {reason}",
    },
    "check.roles": {"id": "Jabatan dalam berkas", "en": "Roles in the file"},
    "check.role_default": {
        "id": "tidak dikenal: {role} (memakai jabatan bawaan); tambahkan ke `[roles]` pada --columns",
        "en": "unknown: {role} (default); add it to [roles] in --columns",
    },
    "col.role_written": {"id": "Tertulis", "en": "As written"},
    "col.rows": {"id": "Baris", "en": "Rows"},
    "col.header": {"id": "Judul kolom", "en": "Header"},
    "col.matched": {"id": "Dipetakan ke", "en": "Matched as"},
    # Questionnaire listing
    "list.unloadable": {"id": "(tidak sah: {count:n} masalah)", "en": "(invalid: {count:n} problem(s))"},
    "section.questionnaires": {"id": "Kuesioner", "en": "Questionnaires"},
    "col.version": {"id": "Versi", "en": "Version"},
    "col.title": {"id": "Judul", "en": "Title"},
    "col.languages": {"id": "Bahasa", "en": "Languages"},
    "col.source": {"id": "Sumber", "en": "Source"},
    # Store
    "store.heading": {"id": "Penyimpanan {path}", "en": "Store {path}"},
    "store.finished": {"id": "selesai", "en": "finished"},
    "store.unfinished": {"id": "belum selesai", "en": "unfinished"},
    "store.dates_note": {
        "id": "Diisi = waktu pengisian pertama dan terakhir (dari ekspor); Disimpan = tanggal masuk ke penyimpanan. "
        "Putaran terbaru menurut waktu pengisian dipakai laporan bila --round tidak diberikan.",
        "en": "Answered = first and last submission (from the export); Stored = when it entered the store. Reports "
        "use the latest round by answering time when --round is not given.",
    },
    "store.no_rounds": {
        "id": "Belum ada penilaian; isi dengan `score --store` atau `assess`.",
        "en": "No assessments yet; fill the store with `score --store` or `assess`.",
    },
    "store.rounds_title": {"id": "Putaran penilaian", "en": "Assessment rounds"},
    # Sheet names in workbooks (at most 31 characters)
    "sheet.domains": {"id": "Ranah", "en": "Areas"},
    "sheet.national": {"id": "Indeks nasional", "en": "National index"},
    "sheet.means_chart": {"id": "Grafik ranah", "en": "Areas chart"},
    "sheet.areas_chart": {"id": "Grafik ranah", "en": "Areas chart"},
    "sheet.units_chart": {"id": "Grafik unit", "en": "Units chart"},
    "sheet.participants_chart": {"id": "Grafik peserta", "en": "Participants chart"},
    "sheet.units": {"id": "Unit kerja", "en": "Units"},
    "sheet.flagged": {"id": "Perlu pelatihan", "en": "Needs training"},
    "sheet.confirm": {"id": "Menunggu konfirmasi", "en": "Awaiting confirmation"},
    "sheet.person": {"id": "Hasil pegawai", "en": "Employee result"},
    "sheet.courses": {"id": "Pelatihan", "en": "Courses"},
    "sheet.movers": {"id": "Perpindahan", "en": "Moves"},
    "sheet.by_unit": {"id": "Peserta per unit", "en": "Participants per unit"},
    "sheet.employees": {"id": "Per pegawai", "en": "Per employee"},
    "sheet.reliability": {"id": "Keandalan", "en": "Reliability"},
    "sheet.items": {"id": "Butir", "en": "Items"},
    # Table headings
    "col.id": {"id": "Id", "en": "Id"},
    "col.items": {"id": "Butir", "en": "Items"},
    "col.level": {"id": "Level", "en": "Level"},
    "col.name": {"id": "Nama", "en": "Name"},
    "col.min": {"id": "Skor min.", "en": "Min. score"},
    "col.domain": {"id": "Ranah", "en": "Domain"},
    "col.self_items": {"id": "Swanilai", "en": "Self-rating"},
    "col.knowledge_items": {"id": "Pengetahuan", "en": "Knowledge"},
    "col.weight": {"id": "Bobot", "en": "Weight"},
    "col.reference": {"id": "Rujukan", "en": "Reference"},
    "col.role": {"id": "Jabatan", "en": "Role"},
    "col.aliases": {"id": "Nama lain", "en": "Aliases"},
    "col.course": {"id": "Pelatihan", "en": "Course"},
    "col.for_levels": {"id": "Untuk level", "en": "For levels"},
    "col.jp": {"id": "JP", "en": "JP"},
    "col.mode": {"id": "Moda", "en": "Mode"},
    "col.provider": {"id": "Penyelenggara", "en": "Provider"},
    "col.setting": {"id": "Pengaturan", "en": "Setting"},
    "col.value": {"id": "Nilai", "en": "Value"},
    "col.nip": {"id": "NIP", "en": "NIP"},
    "col.unit": {"id": "Unit kerja", "en": "Unit"},
    "col.overall": {"id": "Skor", "en": "Score"},
    "col.gaps": {"id": "Kesenjangan", "en": "Gaps"},
    "col.trainings": {"id": "Pelatihan disarankan", "en": "Recommended courses"},
    "section.items": {"id": "Butir pertanyaan", "en": "Items"},
    "col.question": {"id": "Pertanyaan", "en": "Question"},
    "col.options": {"id": "Pilihan: nomor (nilai, kode) label", "en": "Options: number (value, code) label"},
    "show.options_note": {
        "id": "Nomor = yang diketik di `assess`; nilai (atau kode) = yang tertulis di ekspor CSV; ✓ = jawaban benar.",
        "en": "Number = what is typed in `assess`; value (or code) = what a CSV export holds; ✓ = a right answer.",
    },
    "section.levels": {"id": "Level", "en": "Levels"},
    "section.domains": {"id": "Ranah", "en": "Domains"},
    "section.roles": {"id": "Jabatan dan level yang dipersyaratkan", "en": "Roles and required levels"},
    "section.trainings": {"id": "Katalog pelatihan", "en": "Course catalogue"},
    "section.policy": {"id": "Kebijakan", "en": "Policy"},
    "col.priority_short": {"id": "Prio.", "en": "Prio."},
    "col.mean": {"id": "Rerata", "en": "Mean"},
    "col.below": {"id": "Di bawah\nsyarat\n(%)", "en": "Below\nrequired\n(%)"},
    "priority.high": {"id": "tinggi", "en": "high"},
    "priority.medium": {"id": "sedang", "en": "medium"},
    "priority.low": {"id": "saran", "en": "suggestion"},
    "priority.none": {"id": "-", "en": "-"},
    "policy.jp_budget": {"id": "Anggaran JP per pegawai per tahun", "en": "JP budget per employee per year"},
    "policy.class_size": {"id": "Peserta per kelas", "en": "Participants per class"},
    "policy.min_answered": {
        "id": "Porsi butir yang harus dijawab per ranah",
        "en": "Share of a domain's items that must be answered",
    },
    "policy.match_thresholds": {
        "id": "Batas JPM: memenuhi / masih memenuhi",
        "en": "JPM thresholds: meets / nearly meets",
    },
    "policy.min_group_size": {
        "id": "Ukuran kelompok minimum untuk statistik",
        "en": "Minimum group size for statistics",
    },
}
