// The most common passwords seen in public breach corpora (global top lists plus Indonesian
// favourites), lower-cased. A new password equal to one of these, or made of one of the base
// words below plus digits and symbols, is refused. Only passwords of 12+ characters can ever
// be accepted, so short entries mostly matter as base words.
export const COMMON_PASSWORDS: readonly string[] = [
  // global top lists
  '123456', '123456789', '12345678', '12345', '1234567', '1234567890', '123123', '111111', '000000',
  'qwerty', 'qwerty123', 'qwertyuiop', 'qwertyuiop12', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'zaq12wsx', 'zaq1zaq1', '1qaz2wsx', '1qaz2wsx3edc', 'asdfghjkl',
  'asdfghjkl123', 'zxcvbnm', 'zxcvbnm123', 'password', 'password1', 'password12', 'password123',
  'password1234', 'password12345', 'password123!', 'p@ssw0rd', 'p@ssword123', 'passw0rd', 'passw0rd123',
  'iloveyou', 'iloveyou123', 'letmein', 'letmein123', 'welcome', 'welcome1', 'welcome123',
  'welcome12345', 'admin', 'admin123', 'admin1234', 'admin12345', 'administrator', 'administrator1',
  'root', 'toor', 'changeme', 'changeme123', 'default', 'secret', 'secret123', 'superman', 'batman',
  'dragon', 'monkey', 'football', 'baseball', 'soccer', 'princess', 'sunshine', 'shadow', 'master',
  'master123', 'michael', 'jennifer', 'jordan23', 'trustno1', 'starwars', 'whatever', 'freedom',
  'computer', 'internet', 'samsung', 'samsung123', 'google', 'google123', 'facebook', 'facebook123',
  'instagram', 'pokemon', 'naruto', 'naruto123', 'doraemon', 'mustang', 'access', 'flower', 'hello',
  'hello123', 'hello12345', 'login', 'login123', 'test', 'test123', 'test1234', 'testing123', 'guest',
  'guest123', 'user', 'user123', 'qwe123', 'qweasd', 'qweasdzxc', 'qazwsx', 'abc123', 'abcd1234',
  'abcdef', 'abcdefg', 'abcdefgh', 'abcdefghijkl', 'aa123456', 'a123456', 'a1b2c3', 'a1b2c3d4',
  '987654321', '9876543210', '147258369', '123321', '654321', '666666', '888888', '999999', '121212',
  '112233', '123654', '159753', '123qwe', '123abc', '123456a', '123456789a', 'aaaaaa', 'loveyou',
  'lovely', 'love123', 'myspace', 'linkedin', 'ninja', 'azerty', 'solo', 'winter', 'summer', 'spring',
  'autumn', 'monday', 'january', 'secure', 'security', 'office', 'company',
  // Indonesian favourites and local words
  'indonesia', 'indonesia1', 'indonesia12', 'indonesia123', 'indonesia1945', 'indonesiaraya',
  'merdeka', 'merdeka45', 'merdeka1945', 'garuda', 'garuda123', 'pancasila', 'pancasila45',
  'bismillah', 'bismillah1', 'bismillah12', 'bismillah123', 'bismillah1234', 'alhamdulillah',
  'alhamdulillah1', 'assalamualaikum', 'insyaallah', 'masyaallah', 'subhanallah', 'allahuakbar',
  'sayang', 'sayang123', 'sayangku', 'sayangkamu', 'cintaku', 'cinta', 'cinta123', 'kucing', 'kucing123',
  'rahasia', 'rahasia123', 'rahasiaku', 'rahasia12345', 'katasandi', 'katasandi123', 'sandi',
  'sandi123', 'kuncikunci', 'masuk', 'masuk123', 'bangsat', 'anjing', 'jakarta', 'jakarta123',
  'surabaya', 'bandung', 'semarang', 'yogyakarta', 'jogja', 'jogjakarta', 'surakarta', 'surakarta123',
  'solokota', 'kotasolo', 'persija', 'persib', 'persebaya', 'persis', 'persissolo', 'arema',
  'pelita', 'pelita123', 'pelita2026', 'pemkot', 'pemkotsolo', 'pemkot123', 'diskominfo', 'kominfo',
  'asn123', 'pns123', 'pegawai', 'pegawai123', 'kantor', 'kantor123', 'bapak', 'ibuku', 'keluarga',
  'rumahku', 'sukses', 'sukses123', 'semangat', 'semangat123', 'berkah', 'barokah', 'selamat',
  'bersama', 'kamuaja', 'akuaja', 'terserah', 'gakada', 'tidakada', 'apaaja', 'siapaaja', 'doremi',
];

/**
 * Words that stay guessable with digits or symbols around them ("Indonesia2026!",
 * "password-123"). Compared against the password with non-letters stripped.
 */
export const COMMON_BASE_WORDS: readonly string[] = [
  'password', 'passw0rd', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'admin', 'administrator',
  'welcome', 'letmein', 'iloveyou', 'changeme', 'secret', 'login', 'guest', 'test', 'testing', 'user',
  'indonesia', 'indonesiaraya', 'merdeka', 'garuda', 'pancasila', 'bismillah', 'alhamdulillah',
  'sayang', 'sayangku', 'cinta', 'cintaku', 'rahasia', 'rahasiaku', 'katasandi', 'sandi', 'masuk',
  'jakarta', 'surakarta', 'solo', 'pelita', 'pemkot', 'pemkotsolo', 'pegawai', 'kantor', 'abc', 'qwe',
  'asd', 'qweasd', 'qazwsx', 'samsung', 'google', 'facebook', 'sukses', 'semangat',
];
