package io.dunning.cases.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R6.7 personal data is masked for staff who may not see it. */
class MaskingTest {

    @Test
    @DisplayName("R6.7 a name shows its first character only: 张三 -> 张*, Zhang San -> Z*")
    void names() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧*");
        assertThat(Masking.name("Zhang San")).isEqualTo("Z*");
        assertThat(Masking.name("  Li Si ")).isEqualTo("L*");
        assertThat(Masking.name("𠀋丽")).isEqualTo("𠀋*");
        assertThat(Masking.name("张")).isEqualTo("*");
        assertThat(Masking.name("")).isEqualTo("*");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    @DisplayName("R6.7 an identity number keeps its last 4 characters; 4 or fewer are all masked")
    void identityNumbers() {
        assertThat(Masking.idNumber("110101199003077777")).isEqualTo("**************7777");
        assertThat(Masking.idNumber("11010119900307123X")).isEqualTo("**************123X");
        assertThat(Masking.idNumber("12345")).isEqualTo("*2345");
        assertThat(Masking.idNumber("1234")).isEqualTo("****");
        assertThat(Masking.idNumber("")).isEmpty();
        assertThat(Masking.idNumber(null)).isNull();
    }

    @Test
    @DisplayName("R6.7 a phone shows the first 3 and last 4 digits: 138****5678")
    void phones() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+86 138 1234 5678")).isEqualTo("+86 138****5678");
        assertThat(Masking.phone("0086-138-1234-5678")).isEqualTo("+86 138****5678");
        assertThat(Masking.phone("+44 20 7946 0958")).isEqualTo("+442*****0958");
        assertThat(Masking.phone("021-6321-5678")).isEqualTo("021****5678");
        assertThat(Masking.phone("1234567")).isEqualTo("1234567".substring(0, 3) + "4567");
        assertThat(Masking.phone("123456")).isEqualTo("******");
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    @DisplayName("R6.7 an address keeps its province/city, the rest is ***")
    void addresses() {
        assertThat(Masking.address("上海市黄浦区中山东一路1号")).isEqualTo("上海市***");
        assertThat(Masking.address("广东省深圳市南山区科技园路1号")).isEqualTo("广东省深圳市***");
        assertThat(Masking.address("广西壮族自治区南宁市青秀区")).isEqualTo("广西壮族自治区南宁市***");
        assertThat(Masking.address("浙江省杭州西湖区")).isEqualTo("浙江省***");
        assertThat(Masking.address("香港特别行政区中环")).isEqualTo("香港特别行政区***");
        assertThat(Masking.address("1 Bund Road, Shanghai")).isEqualTo("***, Shanghai");
        assertThat(Masking.address("1 Bund Road")).isEqualTo("***");
        assertThat(Masking.address("Shanghai,")).isEqualTo("***");
        assertThat(Masking.address("")).isEqualTo("***");
        assertThat(Masking.address(null)).isNull();
    }

    @Test
    void aWholeRecordIsMaskedFieldByField() {
        PersonalData masked = Masking.mask(new PersonalData("张三", "110101199003077777", "13812345678", null));
        assertThat(masked).isEqualTo(new PersonalData("张*", "**************7777", "138****5678", null));
        assertThat(masked.toString()).doesNotContain("张", "7777");
    }
}
