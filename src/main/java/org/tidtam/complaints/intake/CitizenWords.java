package org.tidtam.complaints.intake;

/** What the citizen dialogs say (Thai: citizens read Thai in the chat). */
final class CitizenWords {

	static final String MENU_COMPLAINT = "แจ้งเรื่องร้องเรียน/ร้องทุกข์";

	static final String MENU_TRACK = "ติดตามเรื่อง";

	static final String NEXT = "ถัดไป";

	static final String SKIP = "ข้าม";

	static final String CONFIRM = "ยืนยัน";

	static final String BACK = "ย้อนกลับ";

	static final String CANCEL = "ยกเลิก";

	static final String USE_LINE_NAME = "ใช้ชื่อ LINE";

	static final String GIVE_PHONE = "ให้เบอร์โทร";

	static final String ANONYMOUS = "ไม่ประสงค์ออกนาม";

	static final String PDPA = """
			ก่อนเริ่ม: เราเก็บรายละเอียด รูปภาพ ตำแหน่ง และช่องทางติดต่อที่ท่านให้ เพื่อใช้แก้ไขเรื่องนี้และแจ้งผลให้ท่านทราบเท่านั้น \
			ผู้เห็นข้อมูลคือเจ้าหน้าที่รับเรื่องและส่วนราชการที่รับผิดชอบ เก็บไว้ไม่เกิน 2 ปีหลังปิดเรื่อง แล้วลบข้อมูลส่วนบุคคลออก \
			(สถิติยังคงอยู่) ท่านเลือกไม่ระบุชื่อได้ พิมพ์ "ยกเลิก" ได้ทุกเมื่อ""";

	static final String ASK_CATEGORY = "เรื่องที่จะแจ้งเป็นเรื่องใดคะ แตะเลือกหรือพิมพ์หมายเลข:";

	static final String BAD_CATEGORY = "ขออภัยค่ะ ไม่พบหมวดนี้ กรุณาแตะเลือกหรือพิมพ์หมายเลขจากรายการ";

	static final String ASK_DESCRIPTION = "กรุณาเล่ารายละเอียดของปัญหาสั้น ๆ ค่ะ (เกิดอะไร ที่ไหน ตั้งแต่เมื่อไร)";

	static final String EMPTY_DESCRIPTION = "ยังไม่ได้รับรายละเอียดค่ะ กรุณาพิมพ์เป็นข้อความ";

	static final String LONG_DESCRIPTION = "ข้อความยาวเกิน 5,000 ตัวอักษรค่ะ กรุณาสรุปให้สั้นลง";

	static final String PHOTO_EARLY = "ได้รับรูปแล้วค่ะ ";

	static final String ASK_PHOTOS = "ส่งรูปประกอบได้สูงสุด 5 รูปค่ะ ส่งแล้วแตะ \"ถัดไป\" หรือแตะ \"ข้าม\" ถ้าไม่มีรูป";

	static final String PHOTO_RECEIVED = "ได้รับรูปที่ %d จาก 5 แล้วค่ะ ส่งเพิ่มหรือแตะ \"ถัดไป\"";

	static final String PHOTO_ADDED = "ได้รับรูปที่ %d จาก 5 แล้วค่ะ";

	static final String PHOTO_LIMIT = "รับรูปไว้ครบ 5 รูปแล้วค่ะ รูปที่ส่งเกินมาไม่ได้บันทึก";

	static final String PHOTO_ONLY = "ขั้นนี้รับเฉพาะรูปภาพค่ะ ส่งรูป หรือแตะ \"ถัดไป\"";

	static final String ASK_PLACE = "เกิดที่ไหนคะ แชร์ตำแหน่ง (แตะ + แล้วเลือก \"ตำแหน่งที่ตั้ง\") หรือพิมพ์ที่อยู่/จุดสังเกต หรือแตะ \"ข้าม\"";

	static final String BAD_PLACE = "ขออภัยค่ะ กรุณาแชร์ตำแหน่ง พิมพ์ที่อยู่ (ไม่เกิน 500 ตัวอักษร) หรือแตะ \"ข้าม\"";

	static final String PLACE_OUTSIDE = "ตำแหน่งนี้อยู่นอกพื้นที่รับผิดชอบ เราบันทึกไว้และเจ้าหน้าที่จะตรวจสอบหรือส่งต่อหน่วยงานที่เกี่ยวข้องค่ะ";

	static final String ASK_CONTACT = "ต้องการให้เราติดต่อกลับอย่างไรคะ";

	static final String ASK_PHONE = "กรุณาพิมพ์เบอร์โทรศัพท์ 9–10 หลัก เช่น 0812345678";

	static final String BAD_PHONE = "เบอร์โทรไม่ถูกต้องค่ะ กรุณาพิมพ์ตัวเลข 9–10 หลักขึ้นต้นด้วย 0";

	static final String SUMMARY = """
			สรุปเรื่องที่แจ้ง
			หมวด: %s
			รายละเอียด: %s
			รูปภาพ: %d รูป
			สถานที่: %s
			ติดต่อกลับ: %s
			ถูกต้องแล้วแตะ "ยืนยัน" แก้ไขแตะ "ย้อนกลับ\"""";

	static final String ASK_CONFIRM = "แตะ \"ยืนยัน\" เพื่อส่งเรื่อง \"ย้อนกลับ\" เพื่อแก้ไข หรือ \"ยกเลิก\"";

	static final String FILED = """
			รับเรื่องเรียบร้อยแล้วค่ะ เลขที่เรื่อง %s
			เจ้าหน้าที่จะรับเรื่องภายใน %d วันทำการ (ภายใน %s) และแจ้งผลให้ทราบภายใน %d วันทำการ (ภายใน %s)
			ติดตามได้โดยแตะ "ติดตามเรื่อง" หรือพิมพ์เลขที่เรื่อง""";

	static final String DAILY_LIMIT = "ขออภัยค่ะ วันนี้ท่านแจ้งเรื่องครบ %d เรื่องแล้ว ซึ่งเป็นจำนวนสูงสุดต่อวัน กรุณาแจ้งเพิ่มได้ในวันพรุ่งนี้ หรือโทรติดต่อสำนักงานค่ะ";

	static final String NO_CASES = "ท่านยังไม่มีเรื่องที่แจ้งไว้ค่ะ";

	static final String CASES_HEADER = "เรื่องที่ท่านแจ้งไว้ (พิมพ์เลขที่เรื่องเพื่อดูความคืบหน้า):";

	static final String NOT_FOUND = "ไม่พบเรื่องเลขที่ %s ในรายการที่ท่านแจ้งไว้ค่ะ กรุณาตรวจสอบเลขที่อีกครั้ง";

	static final String THANKS_RATING = "ขอบคุณสำหรับการประเมินค่ะ";

	// true whether or not a division was assigned yet: the case is back in the officers' list either way
	static final String REOPENED = "รับทราบค่ะ เราเปิดเรื่อง %s อีกครั้งแล้ว เจ้าหน้าที่จะตรวจสอบและแจ้งผลให้ทราบทาง LINE ค่ะ";

	static final String STILL_FIXED_THANKS = "ขอบคุณที่แจ้งให้ทราบค่ะ";

	static final String CANNOT = "ขออภัยค่ะ ทำรายการนี้ไม่ได้แล้ว";

	private CitizenWords() {
	}

}
