import { provinceNamed } from '@dondoc/parser/places';
for (const w of ['Thừa Thiên Huế','Thừa Thiên - Huế','Thừa Thiên-Huế','Bà Rịa - Vũng Tàu','Bà Rịa Vũng Tàu','Bà Rịa-Vũng Tàu','Huế']) console.log(w, provinceNamed(w));
