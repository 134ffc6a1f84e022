// Nineteenth Arabic round (issue 11): wrong speakers over the nine real Arabic sets, by construction, each on a short
// invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) nested speech inside a quote: the inner speaker said the inner words", () => {
  it("'وقال: «… حيث شدد اتحاد المزارعين على أن …»': the union's words, the rest the quoted speaker's", () => {
    const d = extract("ar",
      "التقى وزير الزراعة وفدا من اتحاد المزارعين برئاسة سليم حداد.",
      "وقال سليم حداد: \"تناول اللقاء أسعار البذور، حيث شدد اتحاد المزارعين على أن أي زيادة يجب أن تكون مدروسة ولا ترهق الفلاحين\".");
    const inner = d.quotes.find((q) => q.text.startsWith("أي زيادة يجب أن تكون مدروسة"));
    expect(d.speakers.find((s) => s.id === inner?.speaker)?.nameAr).toBe("اتحاد المزارعين");
    expect(speakerOf(d, "تناول اللقاء أسعار البذور")?.nameAr).toBe("سليم حداد");
  });

  it("'«أمام عيني توجيه صاحب السمو أن …، ونحن …»': the honoured one's words end where the quoted speaker says 'we'", () => {
    const d = extract("ar", "وقال رئيس الوزراء كمال الحمد في الجلسة “أمام عيني توجيه صاحب السمو أن سلامة الناس أمانة في أعناقنا، ونحن نتابع أعداد المرضى كل يوم”.");
    const inner = d.quotes.find((q) => q.text.startsWith("سلامة الناس"));
    expect(inner?.text).toBe("سلامة الناس أمانة في أعناقنا");
    expect(d.speakers.find((s) => s.id === inner?.speaker)?.nameAr).toBe("صاحب السمو");
  });

  it("a pronoun subject inside a quote is no inner speaker", () => {
    const d = extract("ar", "وقال المدرب ماهر عيسى: \"لعبنا بشكل جيد، وأكدنا للاعبين أن المباراة القادمة أصعب بكثير من هذه\".");
    expect(d.quotes.filter((q) => q.text.includes("المباراة القادمة")).every((q) => d.speakers.find((s) => s.id === q.speaker)?.nameAr === "ماهر عيسى")).toBe(true);
  });
});

describe("(ar) an outlet's name is never read as a person's", () => {
  it("'مراسل وكالة برق نيوز': the outlet's name is no person; the unnamed correspondent is the source", () => {
    const d = extract("ar",
      "وقال المصدر لوكالة برق نيوز، إن \"قوة أمنية اعتقلت الناشط في المدينة\".",
      "فيما أشار مراسل وكالة برق نيوز، إلى أن السلطات الأمنية لم تصدر حتى الآن أي بيان رسمي حول الاعتقال.");
    expect(speakerOf(d, "لم تصدر حتى الآن")?.nameAr).toBe("مراسل وكالة برق نيوز");
  });
});

describe("(ar) speech nested in a quote does not carry on", () => {
  it("a subjectless 'وأضاف' after a quote with a nested speaker continues the quoted speaker", () => {
    const d = extract("ar",
      "وقال وزير الاقتصاد فادي سليمان: \"ناقشنا الأسعار، حيث شدد اتحاد التجار على أن أي زيادة يجب أن تكون مدروسة\".",
      "وأضاف أن الحكومة ستراقب الأسواق في كل المحافظات خلال الشهر المقبل.");
    expect(speakerOf(d, "ستراقب الأسواق")?.nameAr).toBe("فادي سليمان");
  });
});

describe("(ar) a place after a role's ل-genitive is no name", () => {
  it("'المدير التنفيذي لمحلية وادي الرمل، سالم عبد القادر،': the name set off by commas, not «وادي الرمل»", () => {
    const d = extract("ar", "وقال المدير التنفيذي لمحلية وادي الرمل، سالم عبد القادر، إن فرق الإنقاذ ما زالت تبحث عن المفقودين تحت الأنقاض.");
    expect(speakerOf(d, "فرق الإنقاذ")?.nameAr).toBe("سالم عبد القادر");
  });
});

describe("(ar) a title in the dual or plural is never a name", () => {
  it("'أعرب مدربا نادي النصر X ونادي الفجر Y عن أملهما …': no speaker «مدربا»", () => {
    const d = extract("ar", "أعرب مدربا نادي النصر سامي حداد ونادي الفجر ماهر عيسى لكرة السلة عن أملهما بأن تكون المباراة النهائية غدا ممتعة للجمهور.");
    const names = d.speakers.map((s) => s.nameAr);
    expect(names).not.toContain("مدربا");
  });
});

describe("(ar) the outlet told is never part of the speaker's name", () => {
  it("'وقال وزير الخارجية X Y لشبكة الجزيرة إن …': the name stops before the outlet", () => {
    const d = extract("ar", "وقال وزير الخارجية الإيراني كاوه نوري لشبكة الجزيرة إن المفاوضات ستستأنف الأسبوع المقبل في مسقط.");
    expect(speakerOf(d, "المفاوضات ستستأنف")?.nameAr).toBe("كاوه نوري");
  });
});

describe("(ar) a name in quotation marks closing a title is its holder", () => {
  it("'وزير الكهرباء “غسان الناصر”': one person, Ghassan, named with the title", () => {
    const d = extract("ar",
      "وقال وزير الكهرباء “غسان الناصر” إن ساعات التقنين ستزيد خلال فصل الشتاء القادم.",
      "وأكد الناصر أن الوزارة تعمل على صيانة محطات التوليد في أسرع وقت.");
    expect(speakerOf(d, "ساعات التقنين")?.nameAr).toBe("غسان الناصر");
    expect(speakerOf(d, "صيانة محطات")?.nameAr).toBe("غسان الناصر");
  });
});
