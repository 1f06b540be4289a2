/**
 * Name pools for synthetic people, most frequent first (roughly the order of Mexican and Central
 * American registries); the generator draws them with Zipf-like weights so common names are common.
 * Combinations are random: no generated record describes a real person.
 */
export const MEXICAN_SURNAMES = `Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores
Gómez Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero
Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Muñoz Rojas
de_la_Cruz Contreras Salazar Luna Ortega Santiago Guerrero Estrada Bautista Cortés Soto Alvarado Espinoza Lara
Ávila Ríos Cervantes Silva Delgado Vega Márquez Sandoval Fernández León Carrillo Mejía Solís Núñez Rosas
Valdez Ibarra Campos Santos Camacho Navarro Peña Maldonado Rosales Acosta Miranda Trejo Valencia Nava Pacheco
Robles Molina Rangel Huerta Cabrera Zúñiga Velasco Sosa Fuentes Cárdenas Orozco Padilla Arellano Tapia
Salinas Galván Escobar Montes Ochoa Zamora Villanueva Aguirre Figueroa Mora Benítez Barrera Marín Lozano
Esquivel Pineda Villegas Beltrán Meza Galindo Cuevas Calderón Olvera Bravo Ayala Ponce Gallegos Rubio
Serrano Arias Duarte Leyva Carmona Villa Trujillo Quintero Cisneros Zavala Avendaño Saucedo Montoya Bernal
Palacios Osorio Gallardo Corona Tovar Macías de_León del_Ángel de_los_Santos Xicoténcatl Hidalgo Velasco
Olivares Vera Arroyo Chan Pech May Canul Ku Uc Tzuc Balam Poot Cauich Chi Yam Quiroz Quezada Barajas Alcántara
Jaramillo Anaya Toledo Lugo Ledesma Uribe Cano Godínez Solano Escamilla Limón Mena Ceballos Segura Trinidad
Olmos Bañuelos Hinojosa Benavides Garza Treviño Elizondo Villarreal Cavazos Zepeda Rentería Arriaga Tejeda
Valle Lucas Juan Cornejo Mata Salas Peralta Bustamante Yáñez Chacón Córdova Zárate Vallejo Sierra Mares`;

export const CENTRAL_AMERICAN_SURNAMES = `López García Pérez Hernández Morales Martínez Rodríguez González Ramírez
Castillo Chávez Cruz Reyes Gómez Velásquez Juárez Ortiz Mejía Flores Sánchez Aguilar Rivera Alvarado Portillo
Menjívar Quintanilla Argueta Ayala Zelaya Banegas Maradiaga Cálix Ordóñez Xol Tzul Coc Caal Choc Ajanel Quej
Pop Cuc Tun Chub Ixcoy Tzoc Chumil Sicán Cabrera Barrios Orellana Escobar Guardado Henríquez Mazariegos
Chinchilla Carías Funes Pineda Osorto Lainez Paz Fajardo Sarmiento Castellanos Bonilla Cardona Valladares`;

export const FEMALE_GIVEN_NAMES = `María Guadalupe|Guadalupe|María|Juana|Margarita|Verónica|María Elena|Leticia|
Rosa María|Francisca|Patricia|Alejandra|Josefina|Gabriela|Elizabeth|Martha|Teresa|María de Jesús|Ana María|
Adriana|Claudia|María del Carmen|Silvia|Yolanda|Araceli|Alicia|Laura|Sandra|María Luisa|Ana|Carmen|Rosa|
Isabel|Lucía|Daniela|Fernanda|Valeria|Ximena|Camila|Sofía|Andrea|Karla|Diana|Jessica|Brenda|Mariana|Paola|
Itzel|Yesenia|Dulce María|Esmeralda|Rocío|Concepción|Dolores|Rosario|Consuelo|Mercedes|Graciela|Hortensia|
Lorena|Norma|Olga|Susana|Beatriz|Cecilia|Irma|Sonia|Miriam|Erika|Angélica|Liliana|Nancy|Mónica|Fabiola|
Reyna|Marisol|Maribel|Xóchitl|Citlali|Abigail|Jimena|Regina|Natalia|Ivonne|Nayeli|Wendy|Yadira|Lizbeth|
Evelyn|Ingrid|Heidy|Keyla|Sulma|Glenda|Dania|Lesbia|Marleny|Sindy|María de los Ángeles|Juana Inés|
Ana Karen|Luz María|María Fernanda|Ruth|Noemí|Elvira|Yolotl|Maricela|Aurora|Estela|Virginia|Blanca Estela|
Gloria|Raquel|Pilar|Esperanza|Soledad|Carolina|Jazmín|Viridiana|Montserrat|Guillermina|Refugio|Hilda`;

export const MALE_GIVEN_NAMES = `José Luis|Juan|José|Francisco|Antonio|Jesús|Miguel Ángel|Pedro|Alejandro|
Manuel|Juan Carlos|Roberto|Ricardo|Fernando|Jorge|Eduardo|Carlos|Javier|Rafael|Arturo|Raúl|Sergio|Luis|
Enrique|Mario|Alberto|Martín|Daniel|Guillermo|Jaime|Víctor Manuel|Héctor|Ignacio|Alfonso|Gerardo|Salvador|
Óscar|Rubén|Andrés|David|Gabriel|Hugo|Ernesto|Gustavo|Vicente|Gregorio|Humberto|Rodolfo|Adrián|
Marco Antonio|Juan Manuel|José Antonio|Luis Ángel|Ángel|Diego|Santiago|Emiliano|Kevin|Brayan|Cristian|
Érick|Iván|Jonathan|Josué|Elmer|Wilmer|Edwin|Nelson|Selvin|Byron|Walter|Marvin|Denis|Axel|Uriel|Isaac|
Joel|Abraham|Moisés|Samuel|Leonardo|Omar|Alan|Juan José|José Guadalupe|Jesús Alberto|Eduardo Javier|
Cuauhtémoc|Xavier|Efraín|Gilberto|Ramiro|Rogelio|Saúl|Tomás|Felipe|Julio César|Pablo|Emilio|Agustín|
Benjamín|Rigoberto|Lázaro|Genaro|Eusebio|Florencio|Aurelio|Leobardo|Nicolás|Bernardo|Teodoro|Hilario`;

/** Surnames with particles are written with underscores in the pools ("de_la_Cruz"). */
export function surnameList(pool: string): string[] {
  return pool.split(/\s+/).map((name) => name.replaceAll('_', ' '));
}

export function givenNameList(pool: string): string[] {
  return pool
    .split('|')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Nicknames people are recorded under, per full given name (partly beyond the engine's own table). */
export const NICKNAMES_OF: Readonly<Record<string, readonly string[]>> = {
  Guadalupe: ['Lupe', 'Lupita'],
  José: ['Pepe', 'Chepe'],
  Francisco: ['Paco', 'Pancho'],
  Jesús: ['Chucho', 'Chuy'],
  Ignacio: ['Nacho'],
  Concepción: ['Concha', 'Conchita'],
  Dolores: ['Lola'],
  Alberto: ['Beto'],
  Roberto: ['Beto'],
  Humberto: ['Beto'],
  Eduardo: ['Lalo'],
  Rosario: ['Chayo', 'Charo'],
  Antonio: ['Toño'],
  Guillermo: ['Memo'],
  Enrique: ['Quique'],
  Alfonso: ['Poncho'],
  Sergio: ['Checo'],
  Vicente: ['Chente'],
  Gregorio: ['Goyo'],
  Isabel: ['Chabela'],
  Graciela: ['Chela'],
  Consuelo: ['Chelo'],
  Mercedes: ['Meche'],
  Alicia: ['Licha'],
  Refugio: ['Cuca'],
  Teresa: ['Tere'],
  Patricia: ['Paty'],
  Leticia: ['Lety'],
  Verónica: ['Vero'],
  Gabriela: ['Gaby'],
  Gustavo: ['Tavo'],
  Fernando: ['Fer'],
  Rafael: ['Rafa'],
  Manuel: ['Manolo'],
};
