package io.dunning.events.cases;

/** The letters of the ladder, with the title printed on them. */
public enum LetterType {
    OVERDUE_COLLECTION_NOTICE("贷款逾期催收通知书"),
    GUARANTOR_LIABILITY_NOTICE("担保人履行责任通知书"),
    URGENT_NOTICE("紧急通知函"),
    LAWYERS_LETTER("律师催收函"),
    GUARANTEE_PERFORMANCE_NOTICE("履行保证责任通知书"),
    LOAN_ACCELERATION_NOTICE("贷款提前到期通知书");

    private final String title;

    LetterType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
