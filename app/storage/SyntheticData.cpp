#include "SyntheticData.h"

#include <array>

namespace motcua {

namespace {

struct Weighted
{
    const char* text;
    double weight; // percent of the population
};

// Family names with their approximate share of the population.
constexpr std::array<Weighted, 30> kFamilyNames{{
    {"Nguyễn", 38.0}, {"Trần", 11.0}, {"Lê", 9.5},    {"Phạm", 7.0}, {"Hoàng", 3.0}, {"Huỳnh", 2.1},
    {"Phan", 4.5},    {"Vũ", 2.0},    {"Võ", 1.9},    {"Đặng", 2.1}, {"Bùi", 2.0},   {"Đỗ", 1.4},
    {"Hồ", 1.3},      {"Ngô", 1.3},   {"Dương", 1.0}, {"Lý", 0.5},   {"Đinh", 0.6},  {"Đoàn", 0.5},
    {"Trịnh", 0.5},   {"Lương", 0.4}, {"Mai", 0.4},   {"Cao", 0.3},  {"Lâm", 0.3},   {"Tạ", 0.2},
    {"Tô", 0.2},      {"Hà", 0.3},    {"Chu", 0.2},   {"Kiều", 0.1}, {"Quách", 0.1}, {"Triệu", 0.2},
}};

constexpr std::array<const char*, 16> kMaleMiddle{"Văn",   "Văn",  "Văn",  "Đức", "Minh",  "Quang", "Hữu", "Công",
                                                  "Thành", "Xuân", "Ngọc", "Anh", "Hoàng", "Gia",   "Duy", "Tuấn"};
constexpr std::array<const char*, 16> kFemaleMiddle{"Thị", "Thị",  "Thị",  "Ngọc", "Thu", "Thanh", "Minh", "Phương",
                                                    "Kim", "Bích", "Hồng", "Thùy", "Mai", "Khánh", "Hải",  "Diệu"};
constexpr std::array<const char*, 40> kMaleGiven{"An",    "Anh",   "Ánh",  "Bảo",   "Bình",  "Cường", "Dũng",  "Đạt",
                                                 "Đức",   "Hải",   "Hiếu", "Hoàng", "Hùng",  "Huy",   "Khang", "Khoa",
                                                 "Kiên",  "Long",  "Mạnh", "Minh",  "Nam",   "Nghĩa", "Phong", "Phúc",
                                                 "Quân",  "Quang", "Sơn",  "Tài",   "Thắng", "Thành", "Tiến",  "Toàn",
                                                 "Trung", "Tuấn",  "Tùng", "Việt",  "Vinh",  "Vũ",    "Lộc",   "Đông"};
constexpr std::array<const char*, 40> kFemaleGiven{
    "Anh",  "Ánh",  "Chi", "Dung", "Giang", "Hà",    "Hạnh", "Hằng", "Hiền",  "Hoa",  "Hồng",   "Hương", "Huyền", "Lan",
    "Linh", "Loan", "Mai", "Minh", "My",    "Nga",   "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm",
    "Thảo", "Thơm", "Thu", "Thủy", "Trang", "Trinh", "Uyên", "Vân",  "Yến",   "Đào",  "Diệp",   "Xuân"};

// Birth-province part of the personal number (QĐ 124/2004 numbering, as printed on cards).
constexpr std::array<const char*, 24> kBirthProvinces{"001", "001", "079", "079", "031", "048", "092", "036",
                                                      "038", "040", "042", "034", "030", "027", "033", "037",
                                                      "025", "019", "022", "052", "066", "075", "089", "096"};

struct Province
{
    const char* code; // QĐ 19/2025 code
    const char* name; // with "tỉnh"/"thành phố"
    bool city;
};

// The 34 provinces and cities after the 2025 merger (Nghị quyết 202/2025/QH15).
constexpr std::array<Province, 34> kProvinces{{
    {"01", "thành phố Hà Nội", true},      {"04", "tỉnh Cao Bằng", false},    {"08", "tỉnh Tuyên Quang", false},
    {"11", "tỉnh Điện Biên", false},       {"12", "tỉnh Lai Châu", false},    {"14", "tỉnh Sơn La", false},
    {"15", "tỉnh Lào Cai", false},         {"19", "tỉnh Thái Nguyên", false}, {"20", "tỉnh Lạng Sơn", false},
    {"22", "tỉnh Quảng Ninh", false},      {"24", "tỉnh Bắc Ninh", false},    {"25", "tỉnh Phú Thọ", false},
    {"31", "thành phố Hải Phòng", true},   {"33", "tỉnh Hưng Yên", false},    {"37", "tỉnh Ninh Bình", false},
    {"38", "tỉnh Thanh Hóa", false},       {"40", "tỉnh Nghệ An", false},     {"42", "tỉnh Hà Tĩnh", false},
    {"44", "tỉnh Quảng Trị", false},       {"46", "thành phố Huế", true},     {"48", "thành phố Đà Nẵng", true},
    {"51", "tỉnh Quảng Ngãi", false},      {"52", "tỉnh Gia Lai", false},     {"56", "tỉnh Khánh Hòa", false},
    {"66", "tỉnh Đắk Lắk", false},         {"68", "tỉnh Lâm Đồng", false},    {"75", "tỉnh Đồng Nai", false},
    {"79", "Thành phố Hồ Chí Minh", true}, {"80", "tỉnh Tây Ninh", false},    {"82", "tỉnh Đồng Tháp", false},
    {"86", "tỉnh Vĩnh Long", false},       {"91", "tỉnh An Giang", false},    {"92", "thành phố Cần Thơ", true},
    {"96", "tỉnh Cà Mau", false},
}};

constexpr std::array<const char*, 48> kCommuneNames{
    "Tân Lập",    "Hòa Bình",  "Thạch Thất",  "Yên Hòa",     "Đông Hưng",  "Phú Lộc",   "An Khánh",  "Hoàng Liệt",
    "Tam Hiệp",   "Bình Minh", "Quang Trung", "Hồng Hà",     "Tân Phú",    "Xuân Đỉnh", "Long Biên", "Kim Liên",
    "Phú Thượng", "Nghĩa Đô",  "Vĩnh Tuy",    "Thanh Xuân",  "Đại Mỗ",     "Hải Châu",  "Sơn Trà",   "Cẩm Lệ",
    "Ea Kao",     "Buôn Đôn",  "Tân Định",    "Bến Thành",   "Chợ Lớn",    "Phú Nhuận", "Thủ Đức",   "Dĩ An",
    "Đồng Xoài",  "Tân An",    "Cái Răng",    "Ninh Kiều",   "Long Xuyên", "Châu Đốc",  "Rạch Giá",  "Mỹ Tho",
    "Vĩnh Yên",   "Phúc Yên",  "Việt Trì",    "Mường Thanh", "Sa Pa",      "Bắc Hà",    "Đồng Văn",  "Mộc Châu"};

constexpr std::array<const char*, 24> kStreets{
    "Lê Lợi",         "Trần Hưng Đạo",   "Nguyễn Trãi",   "Hai Bà Trưng",  "Lý Thường Kiệt", "Điện Biên Phủ",
    "Hoàng Hoa Thám", "Phan Đình Phùng", "Quang Trung",   "Nguyễn Huệ",    "Lê Duẩn",        "Giải Phóng",
    "Trường Chinh",   "Võ Thị Sáu",      "Nguyễn Du",     "Bà Triệu",      "Lạc Long Quân",  "Âu Cơ",
    "Tôn Đức Thắng",  "Phạm Văn Đồng",   "Nguyễn Văn Cừ", "Đặng Thai Mai", "Xuân Thủy",      "Cầu Giấy"};

constexpr std::array<const char*, 12> kHamlets{"Đông",  "Tây",  "Nam",    "Bắc",    "Thượng",    "Hạ",
                                               "Trung", "Đoài", "Phú Mỹ", "An Lạc", "Tân Thành", "Hòa Hiệp"};

constexpr std::array<SyntheticProcedure, 10> kProcedures{{
    {"1.001193", "Đăng ký khai sinh", 0, 0},
    {"1.000894", "Đăng ký kết hôn", 0, 0},
    {"1.000656", "Đăng ký khai tử", 0, 0},
    {"1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", 3, 15000},
    {"2.000908", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", 0, 2000},
    {"2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", 0, 10000},
    {"1.001022", "Cấp bản sao trích lục hộ tịch", 0, 8000},
    {"1.004222", "Đăng ký thường trú", 7, 20000},
    {"1.003583", "Đăng ký nhận cha, mẹ, con", 3, 15000},
    {"1.000689", "Đăng ký giám hộ", 3, 0},
}};

template <std::size_t N>
const char* pick(const std::array<const char*, N>& list, SyntheticData& data)
{
    return list[static_cast<std::size_t>(data.uniform(0, int(N) - 1))];
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

int SyntheticData::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

double SyntheticData::unit()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

QString SyntheticData::fullName(bool female)
{
    static const double total = [] {
        double sum = 0;
        for (const auto& w : kFamilyNames)
            sum += w.weight;
        return sum;
    }();
    double r = unit() * total;
    const char* family = kFamilyNames.back().text;
    for (const auto& w : kFamilyNames) {
        if (r < w.weight) {
            family = w.text;
            break;
        }
        r -= w.weight;
    }
    QString name = s(family) + QLatin1Char(' ') + s(female ? pick(kFemaleMiddle, *this) : pick(kMaleMiddle, *this));
    // About one in five has a second middle name ("Nguyễn Thị Thu Hà").
    if (unit() < 0.2)
        name += QLatin1Char(' ') + s(female ? pick(kFemaleMiddle, *this) : pick(kMaleMiddle, *this));
    return name + QLatin1Char(' ') + s(female ? pick(kFemaleGiven, *this) : pick(kMaleGiven, *this));
}

QString SyntheticData::personalId(const QDate& birth, bool female)
{
    // Digit 4: 0/1 = male/female born 1900–1999, 2/3 = 2000–2099.
    const int century = birth.year() >= 2000 ? 2 : 0;
    return s(pick(kBirthProvinces, *this)) + QString::number(century + (female ? 1 : 0)) +
           QStringLiteral("%1").arg(birth.year() % 100, 2, 10, QLatin1Char('0')) +
           QStringLiteral("%1").arg(uniform(0, 999999), 6, 10, QLatin1Char('0'));
}

QString SyntheticData::address(QString* provinceCode)
{
    const Province& province = kProvinces[static_cast<std::size_t>(uniform(0, int(kProvinces.size()) - 1))];
    if (provinceCode)
        *provinceCode = s(province.code);
    const bool urban = province.city ? unit() < 0.8 : unit() < 0.3;
    const QString commune = (urban ? QStringLiteral("phường ") : QStringLiteral("xã ")) + s(pick(kCommuneNames, *this));
    QString street;
    if (urban) {
        street = unit() < 0.5 ? QStringLiteral("Số %1, ngõ %2, phố %3")
                                    .arg(uniform(1, 200))
                                    .arg(uniform(1, 300))
                                    .arg(s(pick(kStreets, *this)))
                              : QStringLiteral("Số %1, tổ %2, đường %3")
                                    .arg(uniform(1, 500))
                                    .arg(uniform(1, 40))
                                    .arg(s(pick(kStreets, *this)));
    } else {
        const double kind = unit();
        street = kind < 0.6   ? QStringLiteral("Thôn %1").arg(s(pick(kHamlets, *this)))
                 : kind < 0.8 ? QStringLiteral("Xóm %1").arg(uniform(1, 15))
                              : QStringLiteral("Ấp %1").arg(s(pick(kHamlets, *this)));
    }
    return street + QStringLiteral(", ") + commune + QStringLiteral(", ") + s(province.name);
}

QString SyntheticData::phone()
{
    static const std::array<const char*, 8> prefixes{"091", "098", "097", "096", "090", "088", "034", "086"};
    return s(pick(prefixes, *this)) + QStringLiteral("%1").arg(uniform(0, 9999999), 7, 10, QLatin1Char('0'));
}

const SyntheticProcedure& SyntheticData::procedure()
{
    // Civil status and certification make up most of a commune desk's work.
    static const std::array<int, 10> weights{22, 8, 5, 12, 25, 10, 8, 6, 2, 2};
    int r = uniform(0, 99);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return kProcedures[i];
        r -= weights[i];
    }
    return kProcedures[0];
}

Applicant SyntheticData::person(int minAge, int maxAge, const QDate& today)
{
    Applicant a;
    const bool female = unit() < 0.52;
    a.dateOfBirth = today.addDays(-uniform(minAge * 365, maxAge * 365));
    a.fullName = fullName(female);
    a.sex = female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
    a.idNumber = personalId(a.dateOfBirth, female);
    a.address = address(&a.provinceCode);
    a.communeCode = QStringLiteral("%1").arg(uniform(1, 32000), 5, 10, QLatin1Char('0'));
    a.phone = phone();
    a.identitySource = unit() < 0.7 ? QStringLiteral("chip") : QStringLiteral("qr");
    return a;
}

} // namespace motcua
